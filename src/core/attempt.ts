/**
 * One attempt: sign the built request (if the client signs), send its exact
 * bytes once, and read the body, capped, all within the attempt's bounds.
 *
 * Exactly once: the Fetch standard (Node's undici included) re-sends a
 * request that gets 421 Misdirected Request on a reused connection, and
 * follows redirects, re-sending the body. OneKey answers "already cancelled"
 * with 421, so one cancel would reach the server twice. A body given as a
 * ReadableStream has no source to replay, so fetch cannot re-send it: the
 * bytes go out in a stream with their Content-Length, and redirects are not
 * followed. GET and HEAD cannot carry a body and stay exposed to the replay.
 */
import { type Bounds, BoundsFired, race } from './bounds.js'
import { isHeaderValue, isToken, isTransportHeader } from './headers.js'
import { guard, HookFailure, isThenable, readClock } from './hooks.js'
import type { Prepared } from './request.js'

/** Signs one attempt: returns the headers to add (e.g. a date and a MAC over the exact body bytes). */
export type Signer = (request: {
  method: string
  url: string
  headers: Headers
  body: Uint8Array
  date: Date
}) => Readonly<Record<string, string>> | PromiseLike<Readonly<Record<string, string>>>

export interface Transport {
  /** Injected fetch, or undefined for `globalThis.fetch` at call time. */
  readonly fetch: ((request: Request) => Promise<Response>) | undefined
  /** Whether this runtime sends a ReadableStream body (duplex: 'half'). */
  readonly streamBodies: boolean
  readonly sign: Signer | undefined
  readonly now: () => Date
}

/** What one attempt received: the response head and its body bytes, read up to `limit`. */
export interface ReadResponse {
  readonly response: Response
  readonly status: number
  readonly contentType: string | null
  readonly bytes: Uint8Array
  readonly truncated: boolean
  readonly limit: number
}

const EMPTY = new Uint8Array(0)

/** Whether this runtime's Request takes a streamed body (duplex: 'half') without sniffing a Content-Type from it. */
export function supportsStreamBodies(): boolean {
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
    const sniffed = new Request('http://localhost/', init as RequestInit).headers.has('content-type')
    return duplexRead && !sniffed
  } catch {
    return false
  }
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes)
      controller.close()
    },
  })
}

/** The fetch init that sends `body` exactly once, with its Content-Length, following no redirect. */
export function sendInit(method: string, headers: Headers, body: Uint8Array | null, signal: AbortSignal, stream: boolean): RequestInit {
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal, redirect: 'manual' }
  if (body !== null) {
    headers.set('content-length', String(body.byteLength))
    if (stream) {
      init.body = streamOf(body)
      init.duplex = 'half'
    } else if (body.byteLength > 0) init.body = body as Uint8Array<ArrayBuffer>
  }
  return init
}

/** The signer's headers for one attempt; whatever goes wrong in the signer is a HookFailure naming it, never a network error. */
async function signerHeaders(
  t: Transport & { sign: Signer },
  prepared: Prepared,
  headers: Headers,
  bounds: Bounds,
): Promise<[string, string][]> {
  const date = readClock(t.now)
  const sign = t.sign
  const out = guard('sign', () => sign({ method: prepared.method, url: prepared.url, headers, body: prepared.body ?? EMPTY, date }))
  let added: unknown
  try {
    added = isThenable(out) ? await race(out, bounds) : out
  } catch (e) {
    if (e instanceof BoundsFired || e instanceof HookFailure) throw e
    throw new HookFailure('sign', `the signer rejected: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
  return signerOutput(added)
}

/** What a signer returned, as headers that can be sent; anything else is a HookFailure naming the signer. */
export function signerOutput(added: unknown): [string, string][] {
  if (typeof added !== 'object' || added === null) throw new HookFailure('sign', 'the signer must return the headers to add')
  const entries = Object.entries(added)
  if (!entries.every(([name, value]) => isToken(name) && !isTransportHeader(name) && isHeaderValue(value))) {
    throw new HookFailure(
      'sign',
      'the signer returned a header that cannot be sent (a bad name, one fetch sets itself, or a value with control characters)',
    )
  }
  return entries as [string, string][]
}

/** The headers of one attempt: the built ones, plus the signer's over this attempt's date and the exact body bytes. */
export async function signHeaders(prepared: Prepared, t: Transport, bounds: Bounds): Promise<Headers> {
  // Unsigned, every attempt sends the built headers as they are; signed, each attempt adds its own to a copy.
  if (t.sign === undefined) return prepared.headers
  const headers = new Headers(prepared.headers)
  for (const [name, value] of await signerHeaders({ ...t, sign: t.sign }, prepared, headers, bounds)) headers.set(name, value)
  return headers
}

/** A Response from this realm or another; an injected fetch may resolve with anything. */
function isResponse(value: unknown): value is Response {
  const r = value as Response | null
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.status === 'number' &&
    typeof r.headers?.get === 'function' &&
    (r.body === null || typeof r.body?.getReader === 'function')
  )
}

/** A response came back, but fetch would not hand it over: a 407, or a status line it cannot parse. Not a transport failure. */
export class UnreadableStatus extends Error {
  override readonly name = 'UnreadableStatus'
  constructor(
    /** 407, or 0 for a status outside 100–599 that fetch refused to parse. */
    readonly status: number,
    message: string,
    cause: unknown,
  ) {
    super(message, { cause })
  }
}

/**
 * What Node's fetch (undici) turned into a network error although the server
 * answered. A 407: with no window, as on a server, the error has no reason at
 * all (a cause with an empty message and no code), which only a 407 produces
 * when redirects are not followed; with a window, "proxy authentication
 * required". Only the global fetch is read so: an injected one may fail so
 * for its own reasons. A status outside 100–599 that undici will not parse
 * (000–099, four digits): HPE_INVALID_STATUS or its parser's assertion.
 */
function unreadableStatus(error: unknown, globalFetch: boolean): UnreadableStatus | undefined {
  const cause = error instanceof TypeError ? error.cause : undefined
  if (!(cause instanceof Error)) return undefined
  const code = (cause as { code?: unknown }).code
  if (code === 'HPE_INVALID_STATUS' || code === 'ERR_ASSERTION') {
    return new UnreadableStatus(0, 'the server answered with a status line fetch cannot read (a status outside 100–599)', error)
  }
  const reasonless = cause.message === '' && code === undefined && cause.cause === undefined
  if (globalFetch && (reasonless || /^proxy authentication required$/i.test(cause.message))) {
    return new UnreadableStatus(407, 'HTTP 407 Proxy Authentication Required (fetch does not hand over a 407 response)', error)
  }
  return undefined
}

/** Hands the request to fetch, once, and waits for the response head within the bounds. */
export async function send(prepared: Prepared, t: Transport, headers: Headers, bounds: Bounds): Promise<Response> {
  const init = sendInit(prepared.method, headers, prepared.body, bounds.signal, t.streamBodies)
  let pending: Promise<unknown>
  if (t.fetch === undefined) pending = globalThis.fetch(prepared.url, init)
  else {
    const request = new Request(prepared.url, init)
    const inject = t.fetch
    // A fetch throws nothing synchronously, it rejects: one that throws is broken, not the network.
    pending = guard('fetch', () => inject(request))
  }
  let response: unknown
  try {
    response = await race(pending, bounds)
  } catch (e) {
    throw (bounds.reason === undefined ? unreadableStatus(e, t.fetch === undefined) : undefined) ?? e
  }
  if (!isResponse(response)) throw new HookFailure('fetch', 'fetch resolved with something that is not a Response')
  return response
}

/** Bytes: a real typed-array view (ArrayBuffer.isView checks the internal slot, so a spoofed toStringTag fails it). */
function bytesOf(value: unknown): Uint8Array | undefined {
  if (!ArrayBuffer.isView(value) || (value as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT !== 1) return undefined
  return value instanceof Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value: chunk } = await reader.read()
    if (done) return { bytes: concat(chunks, size), truncated: false }
    const value = bytesOf(chunk)
    if (value === undefined) throw new TypeError('the response body yielded a chunk that is not bytes')
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size))
      return { bytes: concat(chunks, limit), truncated: true }
    }
    chunks.push(value)
    size += value.byteLength
  }
}

/** Reads up to `limit` bytes of the body within the bounds. `limit` 0 skips the body. */
export async function readCapped(response: Response, limit: number, bounds: Bounds): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const body = response.body
  if (body === null) return { bytes: EMPTY, truncated: false }
  if (limit === 0) {
    body.cancel().then(undefined, () => undefined)
    return { bytes: EMPTY, truncated: false }
  }
  const reader = body.getReader()
  try {
    return await race(readAll(reader, limit), bounds)
  } finally {
    // Whatever stopped the read (the end, the cap, the bounds, a bad chunk), the rest is let go without waiting on it.
    reader.cancel().then(undefined, () => undefined)
  }
}
