/**
 * Options every client takes, checked once when the client is created, and
 * turned into the runtime that every call shares.
 */
import createClient, { type Middleware } from 'openapi-fetch'
import type { DeclaredResponses } from './classify.js'
import { type CallOptions, DEFAULT_LIMITS, type OperationRuntime } from './operation.js'
import { sendOnce, singleShotRequestClass } from './single-shot.js'
import { DEFAULT_RETRY, defaultSleep, type Logger, withOverrides } from './transport.js'

export interface ClientOptions {
  /** Overrides the spec's server URL. */
  baseUrl?: string
  /** A fetch to send with; defaults to `globalThis.fetch` at call time. */
  fetch?: (request: Request) => Promise<Response>
  /** Per-attempt timeout. Default 30 000 ms. */
  timeoutMs?: number
  /** Deadline over all attempts. Default 120 000 ms. */
  deadlineMs?: number
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number
  /** Clock, for signatures and Retry-After dates. */
  now?: () => Date
  /** How to wait between attempts; inject for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** Random source in [0, 1) for backoff jitter. */
  random?: () => number
  /** Opt-in debug logging: method, path, status, attempt, duration. Never headers or bodies. */
  logger?: Logger
  /** Largest body read for a declared status. Default 4 MiB. */
  maxBodyBytes?: number
}

const DURATIONS = ['timeoutMs', 'deadlineMs', 'maxBodyBytes'] as const
/** setTimeout fires at once for a longer delay. */
const MAX_TIMER_MS = 2 ** 31 - 1

/** A one-line description of what is wrong with call or client options, or undefined. */
export function optionsProblem(o: ClientOptions | CallOptions): string | undefined {
  for (const name of DURATIONS) {
    const value = (o as Record<string, unknown>)[name]
    if (value !== undefined && !(typeof value === 'number' && value > 0 && value <= MAX_TIMER_MS)) {
      return `${name} must be a positive number up to ${MAX_TIMER_MS} (about 24.8 days)`
    }
  }
  const retries = o.maxRetries
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0)) return 'maxRetries must be a whole number ≥ 0'
  return undefined
}

function checkBaseUrl(baseUrl: string, vendor: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new TypeError(`${vendor}: baseUrl "${baseUrl}" is not an absolute URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${vendor}: baseUrl must be http(s), got ${url.protocol}`)
  return baseUrl.replace(/\/+$/, '')
}

/**
 * Throws a TypeError naming the option when a credential is missing, empty,
 * padded, or (for one sent as a header) not header-safe. Never quotes the value.
 */
export function checkCredential(vendor: string, name: string, value: unknown, sentAsHeader: boolean): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${vendor}: ${name} is required (a non-empty string)`)
  if (value.trim() !== value) throw new TypeError(`${vendor}: ${name} has leading or trailing whitespace (a newline from an env file?)`)
  if (sentAsHeader && !/^[\x21-\x7e]+$/.test(value)) throw new TypeError(`${vendor}: ${name} must be printable ASCII with no spaces`)
  return value
}

export interface RuntimeSpec {
  vendor: string
  defaultBaseUrl: string
  operations: { readonly [key: string]: DeclaredResponses }
  kinds: { readonly [status: number]: string }
  /** Sent with every request. */
  headers?: Record<string, string>
  /** Applied in order to every request, on every attempt. */
  middleware?: readonly Middleware[]
}

export function buildRuntime(o: ClientOptions, spec: RuntimeSpec): OperationRuntime {
  const problem = optionsProblem(o)
  if (problem !== undefined) throw new TypeError(`${spec.vendor}: ${problem}`)
  const baseUrl = checkBaseUrl(o.baseUrl ?? spec.defaultBaseUrl, spec.vendor)
  const send = (request: Request): Promise<Response> => sendOnce(request, o.fetch)
  // The typed `api` sends every request exactly once too.
  const api = createClient({
    baseUrl,
    Request: singleShotRequestClass(o.fetch !== undefined),
    ...(spec.headers && { headers: spec.headers }),
    fetch: send,
  })
  api.use(...(spec.middleware ?? []))
  return {
    api,
    send,
    operations: spec.operations,
    kinds: spec.kinds,
    settings: withOverrides(DEFAULT_RETRY, o),
    hooks: { sleep: o.sleep ?? defaultSleep, random: o.random ?? Math.random, now: o.now ?? (() => new Date()), logger: o.logger },
    limits: { ...DEFAULT_LIMITS, ...(o.maxBodyBytes !== undefined && { maxBodyBytes: o.maxBodyBytes }) },
  }
}
