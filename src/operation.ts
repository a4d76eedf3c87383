/**
 * Runs one typed operation through openapi-fetch: every attempt goes through
 * the client's middleware (auth, signing), is sent exactly once, and has its
 * body read under the attempt's timeout; the last one is classified into
 * `{ data }` or a typed `{ error }`. It never rejects.
 */
import type { Client } from 'openapi-fetch'
import { classify, type DeclaredResponses } from './classify.js'
import type { HttpMethod } from './operation-types.js'
import type { ClientError, InvalidRequestError, Result } from './result.js'
import { type AttemptResponse, type RetrySettings, runAttempts, type TransportHooks, withOverrides } from './transport.js'

/** Per-call options, for every operation. */
export interface CallOptions {
  /** Cancels the call, every attempt and every wait. */
  signal?: AbortSignal
  /** Per-attempt timeout for this call. */
  timeoutMs?: number
  /** Overall deadline for this call. */
  deadlineMs?: number
  /** Retries for this call (0: exactly one attempt). */
  maxRetries?: number
}

export interface BodyLimits {
  /** Largest body read for a declared status; a larger one is `invalid_body`. Default 4 MiB. */
  maxBodyBytes: number
  /** Largest body text kept for an undeclared status. Default 64 KiB. */
  maxErrorTextBytes: number
}

export const DEFAULT_LIMITS: BodyLimits = { maxBodyBytes: 4 * 1024 * 1024, maxErrorTextBytes: 64 * 1024 }

/** What a vendor client sets up once and every call shares. */
export interface OperationRuntime {
  // biome-ignore lint/suspicious/noExplicitAny: the typed surface is checked where the client is built
  api: Client<any>
  /** Sends one request exactly once (see single-shot.ts). */
  send: (request: Request) => Promise<Response>
  operations: { readonly [key: string]: DeclaredResponses }
  kinds: { readonly [status: number]: string }
  settings: RetrySettings
  hooks: TransportHooks
  limits: BodyLimits
}

interface ReadAttempt extends AttemptResponse {
  response: Response
  contentType: string | null
  bytes: Uint8Array
  truncated: boolean
  limit: number
}

async function readCapped(response: Response, limit: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (response.body === null) return { bytes: new Uint8Array(0), truncated: false }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return { bytes: concat(chunks, size), truncated: false }
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size))
      await reader.cancel().catch(() => undefined)
      return { bytes: concat(chunks, limit), truncated: true }
    }
    chunks.push(value)
    size += value.byteLength
  }
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

/** Calls `method path` with openapi-fetch `init`, with retries and typed errors. Never rejects. */
export async function callOperation(
  rt: OperationRuntime,
  method: string,
  path: string,
  init: Record<string, unknown>,
  options: CallOptions = {},
): Promise<Result<unknown, ClientError>> {
  const declared = rt.operations[`${method.toUpperCase()} ${path}`] ?? {}
  const isDeclared = (status: number): boolean => declared[String(status)] !== undefined
  const send = async (signal: AbortSignal): Promise<ReadAttempt | InvalidRequestError> => {
    let sent = false
    let attempt: ReadAttempt | undefined
    const fetchOnce = async (request: Request): Promise<Response> => {
      sent = true
      const response = await rt.send(request)
      const limit = isDeclared(response.status) ? rt.limits.maxBodyBytes : rt.limits.maxErrorTextBytes
      const body = await readCapped(response, limit)
      const { status, headers } = response
      attempt = { status, headers, response, contentType: headers.get('content-type'), limit, ...body }
      return new Response(null, { status, headers })
    }
    try {
      await rt.api.request(method.toLowerCase() as HttpMethod, path, { ...init, signal, fetch: fetchOnce, parseAs: 'stream' })
    } catch (e) {
      if (!sent)
        return { kind: 'invalid_request', message: `the request could not be built: ${e instanceof Error ? e.message : String(e)}` }
      if (attempt === undefined) throw e
    }
    if (attempt === undefined) throw new Error('no response was received')
    return attempt
  }
  const settings = withOverrides(rt.settings, options)
  const describe = { method: method.toUpperCase(), path }
  const { result, attempts } = await runAttempts({ send, isDeclared, settings, hooks: rt.hooks, signal: options.signal, describe })
  if ('kind' in result) return { error: result, response: undefined, attempts: result.kind === 'invalid_request' ? 0 : attempts }
  const outcome = classify(result, declared, rt.kinds)
  return 'data' in outcome
    ? { data: outcome.data, response: result.response, attempts }
    : { error: outcome.error, response: result.response, attempts }
}
