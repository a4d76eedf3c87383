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
/** Requests built here, with the exact bytes their body stream carries. */
const bodies = new WeakMap<Request, Uint8Array>()
const encoder = new TextEncoder()

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

function singleShotInit(method: string, source: HeadersInit | undefined, bytes: Uint8Array, init: RequestInit): RequestInit {
  const headers = new Headers(source)
  const out: RequestInit & { duplex?: 'half' } = { ...init, method, headers, redirect: init.redirect === 'error' ? 'error' : 'manual' }
  delete out.body
  if (carriesBody(method)) {
    headers.delete('content-length')
    if (bytes.byteLength > 0) headers.set('content-length', String(bytes.byteLength))
    if (supportsStreamUploads()) Object.assign(out, { body: streamOf(bytes), duplex: 'half', keepalive: false })
    else if (bytes.byteLength > 0) out.body = bytes as Uint8Array<ArrayBuffer>
  }
  return out
}

/** The bytes a request built here sends, without reading its body; undefined for any other request. */
export function sentBytes(request: Request): Uint8Array | undefined {
  return bodies.get(request)
}

/**
 * A request like `request` (URL, method, headers, signal) whose body is
 * exactly `bytes`, which fetch sends once: no 421 replay, no redirect followed.
 */
export function singleShotRequest(request: Request, bytes: Uint8Array): Request {
  const method = request.method.toUpperCase()
  const out = new Request(
    request.url,
    singleShotInit(method, request.headers, bytes, { signal: request.signal, redirect: request.redirect }),
  )
  bodies.set(out, bytes)
  return out
}

/** `request` made single-shot; a request that already is comes back as it is. */
export async function toSingleShotRequest(request: Request): Promise<Request> {
  return bodies.has(request) ? request : singleShotRequest(request, await readRequestBody(request))
}

function bytesOf(body: unknown): Uint8Array | undefined {
  if (body === undefined || body === null) return new Uint8Array(0)
  if (typeof body === 'string') return encoder.encode(body)
  if (body instanceof Uint8Array) return body
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  return undefined
}

/**
 * openapi-fetch's `Request` option: builds each request single-shot from the
 * start, from the serialised body, so no attempt pays for re-wrapping a
 * Request. Bodies other than text and bytes (FormData, Blob, streams) are
 * built as usual and made single-shot before sending.
 */
export class SingleShotRequest extends Request {
  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    const bytes = input instanceof Request ? undefined : bytesOf(init.body)
    const method = (init.method ?? 'GET').toUpperCase()
    super(input, bytes === undefined ? init : singleShotInit(method, init.headers, bytes, init))
    if (bytes !== undefined) bodies.set(this, bytes)
  }
}
