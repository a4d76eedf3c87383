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

/** A copy of `request` that fetch will send once: same bytes, same headers, no replay, no redirects followed. */
export async function toSingleShotRequest(request: Request, signal?: AbortSignal): Promise<Request> {
  const method = request.method.toUpperCase()
  const base: RequestInit = { redirect: request.redirect === 'error' ? 'error' : 'manual', ...(signal && { signal }) }
  if (method === 'GET' || method === 'HEAD' || !supportsStreamUploads()) return new Request(request, base)
  const bytes = request.body === null ? new Uint8Array(0) : new Uint8Array(await request.arrayBuffer())
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  if (bytes.byteLength > 0) headers.set('content-length', String(bytes.byteLength))
  const init = { ...base, body: streamOf(bytes), headers, duplex: 'half', keepalive: false }
  return new Request(request, init as RequestInit)
}
