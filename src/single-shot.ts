/**
 * Makes a request go out exactly once per attempt.
 *
 * The Fetch standard (and so Node's fetch, undici) re-sends a request that
 * gets HTTP 421 Misdirected Request on a new connection, when its body is
 * null or buffered; it also follows redirects, re-sending a body. OneKey
 * answers "already cancelled" with 421, so one cancel would reach the server
 * twice. A body given as a ReadableStream has no re-readable source, so
 * fetch cannot replay it: we re-wrap the exact bytes in a stream, keep
 * Content-Length, and never follow redirects.
 * GET and HEAD cannot carry a body, so they stay exposed to the 421 replay.
 */

let streamUploads: boolean | undefined
const singleShot = new WeakSet<Request>()

/** Whether this runtime's Request accepts a streamed body (duplex: 'half'). */
function supportsStreamUploads(): boolean {
  if (streamUploads !== undefined) return streamUploads
  try {
    let duplexRead = false
    const init = {
      method: 'POST',
      body: new ReadableStream(),
      get duplex() {
        duplexRead = true
        return 'half'
      },
    }
    const hasContentType = new Request('http://localhost/', init as RequestInit).headers.has('Content-Type')
    streamUploads = duplexRead && !hasContentType
  } catch {
    streamUploads = false
  }
  return streamUploads
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes)
      controller.close()
    },
  })
}

function carriesBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD'
}

/** The exact bytes a request would send (empty for none). Consumes its body. */
export async function readRequestBody(request: Request): Promise<Uint8Array> {
  return request.body === null ? new Uint8Array(0) : new Uint8Array(await request.arrayBuffer())
}

/**
 * A request like `request` (URL, method, headers, signal) whose body is
 * exactly `bytes`, which fetch sends once: no 421 replay, no redirect followed.
 */
export function singleShotRequest(request: Request, bytes: Uint8Array): Request {
  const method = request.method.toUpperCase()
  const headers = new Headers(request.headers)
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers,
    signal: request.signal,
    redirect: request.redirect === 'error' ? 'error' : 'manual',
  }
  if (carriesBody(method)) {
    headers.delete('content-length')
    if (bytes.byteLength > 0) headers.set('content-length', String(bytes.byteLength))
    if (supportsStreamUploads()) Object.assign(init, { body: streamOf(bytes), duplex: 'half' })
    else if (bytes.byteLength > 0) init.body = bytes as Uint8Array<ArrayBuffer>
  }
  const out = new Request(request.url, init)
  singleShot.add(out)
  return out
}

/** `request` made single-shot; a request that already is comes back as it is. */
export async function toSingleShotRequest(request: Request): Promise<Request> {
  return singleShot.has(request) ? request : singleShotRequest(request, await readRequestBody(request))
}
