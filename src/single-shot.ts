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
/** Requests whose body already is the unreplayable stream: an injected fetch can be handed them as they are. */
const sendable = new WeakSet<Request>()
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

/**
 * The init of a request sending exactly `bytes`: Content-Length from the
 * bytes, no redirect followed, and the body as a buffer or, to be sent, as a
 * stream fetch cannot replay.
 */
function bodyInit(method: string, source: HeadersInit | undefined, bytes: Uint8Array, init: RequestInit, stream: boolean): RequestInit {
  const headers = new Headers(source)
  const out: RequestInit & { duplex?: 'half' } = { ...init, method, headers, redirect: init.redirect === 'error' ? 'error' : 'manual' }
  delete out.body
  if (carriesBody(method)) {
    headers.delete('content-length')
    if (bytes.byteLength > 0) headers.set('content-length', String(bytes.byteLength))
    if (stream && supportsStreamUploads()) Object.assign(out, { body: streamOf(bytes), duplex: 'half', keepalive: false })
    else if (bytes.byteLength > 0) out.body = bytes as Uint8Array<ArrayBuffer>
  }
  return out
}

/** The bytes a request built here sends, without reading its body; undefined for any other request. */
export function sentBytes(request: Request): Uint8Array | undefined {
  return bodies.get(request)
}

/** A request like `request` (URL, method, headers, signal) whose body is exactly `bytes`. */
export function requestWithBody(request: Request, bytes: Uint8Array): Request {
  const init = bodyInit(request.method.toUpperCase(), request.headers, bytes, { signal: request.signal, redirect: request.redirect }, false)
  const out = new Request(request.url, init)
  bodies.set(out, bytes)
  return out
}

/**
 * Sends `request` once: its exact bytes in a body stream, which fetch cannot
 * replay on 421, and no redirect followed. With the global fetch the stream
 * goes in the init (a Request wrapping a stream would be re-piped by fetch);
 * an injected fetch gets a Request, as openapi-fetch gives it.
 */
export async function sendOnce(request: Request, fetchImpl?: (request: Request) => Promise<Response>): Promise<Response> {
  if (fetchImpl !== undefined && sendable.has(request)) return fetchImpl(request)
  const bytes = bodies.get(request) ?? (await readRequestBody(request))
  const init = bodyInit(request.method.toUpperCase(), request.headers, bytes, { signal: request.signal, redirect: request.redirect }, true)
  return fetchImpl === undefined ? globalThis.fetch(request.url, init) : fetchImpl(new Request(request.url, init))
}

function bytesOf(body: unknown): Uint8Array | undefined {
  if (body === undefined || body === null) return new Uint8Array(0)
  if (typeof body === 'string') return encoder.encode(body)
  if (body instanceof Uint8Array) return body
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  return undefined
}

/**
 * openapi-fetch's `Request` option: encodes the serialised body once and
 * remembers the bytes, so the signing middleware signs them and `sendOnce`
 * sends them without reading the body back. Bodies other than text and bytes
 * (FormData, Blob, streams) are built as usual and read once when sent.
 * `streamed`: build the body as the unreplayable stream from the start, for
 * an injected fetch that is handed the Request itself.
 */
export function singleShotRequestClass(streamed: boolean): typeof Request {
  return class SingleShotRequest extends Request {
    constructor(input: RequestInfo | URL, init: RequestInit = {}) {
      const bytes = input instanceof Request ? undefined : bytesOf(init.body)
      const method = (init.method ?? 'GET').toUpperCase()
      super(input, bytes === undefined ? init : bodyInit(method, init.headers, bytes, init, streamed))
      if (bytes === undefined) return
      bodies.set(this, bytes)
      if (streamed) sendable.add(this)
    }
  }
}
