/**
 * The options every client and every call takes: their types, their
 * defaults and their checks, declared once. A client's options are read once,
 * at creation, into a frozen snapshot; a call's options are read once, before
 * anything is built. Unknown options are refused, so a typo or a smuggled
 * `baseUrl`/`params`/`headers` can never change where or what is sent.
 */

/** One line of debug logging. It never holds headers or bodies, so never a secret. */
export interface LogEntry {
  method: string
  path: string
  attempt: number
  status: number | undefined
  outcome: string
  durationMs: number
}

export interface Logger {
  /** Called once per attempt and once per wait. May be sync or async; a failing logger is ignored. */
  debug(message: string, entry: LogEntry): unknown
}

/** The options every call takes. */
export interface CallOptions {
  /** Cancels the call, every attempt and every wait. */
  signal?: AbortSignal
  /** Per-attempt timeout, body included. Default 30 000 ms. */
  timeoutMs?: number
  /** Deadline over all attempts and waits. Default 120 000 ms. */
  deadlineMs?: number
  /** Retries after the first attempt (0: exactly one). Default 2. */
  maxRetries?: number
}

/** The options every client takes. */
export interface ClientOptions extends Omit<CallOptions, 'signal'> {
  /** Overrides the spec's server URL: http(s), no query, fragment or credentials. */
  baseUrl?: string
  /** A fetch to send with; defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: (request: Request) => Promise<Response>
  /** The clock for signatures and Retry-After dates. Default `() => new Date()`. */
  now?: () => Date
  /** How to wait between attempts. Default: a timer. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** Random source in [0, 1) for backoff jitter. Default `Math.random`. */
  random?: () => number
  /** Opt-in debug logging: method, path template, status, attempt, duration. Never headers or bodies. */
  logger?: Logger
  /** Largest body read for a declared status. Default 4 MiB. */
  maxBodyBytes?: number
}

export interface Limits {
  timeoutMs: number
  deadlineMs: number
  maxRetries: number
  maxBodyBytes: number
  /** Largest body text kept for an undeclared status. */
  maxErrorTextBytes: number
  /** First backoff ceiling; doubles each retry. */
  initialDelayMs: number
  /** Backoff ceiling. */
  maxDelayMs: number
  /** A longer Retry-After than this falls back to backoff. */
  maxRetryAfterMs: number
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  timeoutMs: 30_000,
  deadlineMs: 120_000,
  maxRetries: 2,
  maxBodyBytes: 4 * 1024 * 1024,
  maxErrorTextBytes: 64 * 1024,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
})

/** setTimeout fires at once for a longer delay. */
const MAX_TIMER_MS = 2 ** 31 - 1

type Check = (value: unknown) => string | undefined

const positive: Check = (v) =>
  typeof v === 'number' && v > 0 && v <= MAX_TIMER_MS ? undefined : `must be a positive number up to ${MAX_TIMER_MS} (about 24.8 days)`
const wholeNumber: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : 'must be a whole number ≥ 0')
const fn: Check = (v) => (typeof v === 'function' ? undefined : `must be a function, got ${describe(v)}`)
const text: Check = (v) => (typeof v === 'string' ? undefined : `must be a string, got ${typeName(v)}`)
/** An AbortSignal that can be listened to: probed once, so that a signal-like object that throws is bad input, not a rejection. */
const signal: Check = (v) => {
  if (!isAbortSignal(v)) return `must be an AbortSignal, got ${describe(v)}`
  try {
    const probe = (): void => undefined
    v.addEventListener('abort', probe)
    v.removeEventListener('abort', probe)
    return undefined
  } catch (e) {
    return `must be an AbortSignal; this one cannot be listened to (${e instanceof Error ? e.message : describe(e)})`
  }
}
const logger: Check = (v) =>
  typeof v === 'object' && v !== null && typeof (v as Logger).debug === 'function'
    ? undefined
    : 'must be an object with a debug(message, entry) method, e.g. console'

/** The checks a vendor's own options may name: `readClientOptions(vendor, options, { secret: 'string' })`. */
export const VENDOR_RULES = { string: text, function: fn } as const
export type VendorRules = { readonly [name: string]: keyof typeof VENDOR_RULES }

/** Every common option and its check: the limits a client sets and a call overrides, then each reader's own. */
const LIMIT_RULES = { timeoutMs: positive, deadlineMs: positive, maxRetries: wholeNumber } as const
const CALL_RULES = { signal, ...LIMIT_RULES } as const
const CLIENT_RULES = {
  baseUrl: text,
  fetch: fn,
  ...LIMIT_RULES,
  now: fn,
  sleep: fn,
  random: fn,
  logger,
  maxBodyBytes: positive,
} as const

/** A value's type in words, never its content: safe for secrets. */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
}

/** A value's type in words, with a number or boolean shown: for options that are not secret. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  return typeof value
}

/** An AbortSignal, from this realm or another (an edge runtime's VM). */
export function isAbortSignal(value: unknown): value is AbortSignal {
  const s = value as AbortSignal | null
  return typeof s === 'object' && s !== null && typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function'
}

/**
 * Reads `input`'s options once: the `rules` ones checked, the `extra` ones
 * (a vendor's own) returned as they are. Returns a problem in words for
 * anything unknown, unreadable (a throwing getter, a revoked proxy) or invalid.
 */
function readOptions(
  input: unknown,
  rules: { readonly [name: string]: Check },
  extra: readonly string[],
  what: string,
): { values: Record<string, unknown> } | { problem: string } {
  // No prototype: an option that was not given reads as undefined, whatever Object.prototype holds.
  const values: Record<string, unknown> = Object.create(null)
  if (input === undefined || input === null) return { values }
  try {
    if (typeof input !== 'object' || Array.isArray(input)) return { problem: `${what} must be an object, got ${describe(input)}` }
    for (const name of Object.keys(input)) {
      if (!(name in rules) && !extra.includes(name)) return { problem: `${what}: unknown option "${name}"` }
    }
    for (const name of [...Object.keys(rules), ...extra]) {
      // Own properties only: a polluted Object.prototype.fetch or .baseUrl must never become an option.
      if (!Object.hasOwn(input, name)) continue
      const value = (input as Record<string, unknown>)[name]
      if (value === undefined) continue
      const problem = rules[name]?.(value)
      if (problem !== undefined) return { problem: `${what}: ${name} ${problem}` }
      values[name] = value
    }
  } catch (e) {
    return { problem: `${what} could not be read: ${e instanceof Error ? e.message : describe(e)}` }
  }
  return { values }
}

export interface ClientSettings {
  baseUrl: string | undefined
  fetch: ((request: Request) => Promise<Response>) | undefined
  now: () => Date
  sleep: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined
  random: () => number
  logger: Logger | undefined
  limits: Limits
}

/**
 * A client's options, read once; a TypeError naming the option when one is
 * wrong. `vendor`: the vendor's own options and their types; their values
 * come back in `vendor`, for the vendor's finer rules.
 */
export function readClientOptions(
  name: string,
  input: unknown,
  vendor: VendorRules = {},
): { settings: ClientSettings; vendor: Record<string, unknown> } {
  const rules = { ...CLIENT_RULES, ...Object.fromEntries(Object.entries(vendor).map(([k, rule]) => [k, VENDOR_RULES[rule]])) }
  const read = readOptions(input, rules, [], `${name} client options`)
  if ('problem' in read) throw new TypeError(read.problem)
  const v = read.values
  const vendorValues = Object.fromEntries(Object.keys(vendor).map((k) => [k, v[k]]))
  const settings: ClientSettings = {
    baseUrl: v.baseUrl as string | undefined,
    fetch: v.fetch as ClientSettings['fetch'],
    now: (v.now as ClientSettings['now'] | undefined) ?? (() => new Date()),
    sleep: v.sleep as ClientSettings['sleep'],
    random: (v.random as ClientSettings['random'] | undefined) ?? Math.random,
    logger: v.logger as Logger | undefined,
    limits: withOverrides(DEFAULT_LIMITS, v),
  }
  return { settings: Object.freeze(settings), vendor: vendorValues }
}

export interface CallSettings {
  signal: AbortSignal | undefined
  limits: Limits
  /** The vendor's own call options (e.g. `idempotencyKey`), read once. */
  extra: Record<string, unknown>
}

/** A call's options over the client's limits, or a problem in words. `extra`: the call options the client adds. */
export function readCallOptions(input: unknown, base: Limits, extra: readonly string[] = []): CallSettings | string {
  const read = readOptions(input, CALL_RULES, extra, 'call options')
  if ('problem' in read) return read.problem
  const v = read.values
  return {
    signal: v.signal as AbortSignal | undefined,
    limits: withOverrides(base, v),
    extra: Object.fromEntries(extra.filter((k) => k in v).map((k) => [k, v[k]])),
  }
}

function withOverrides(base: Readonly<Limits>, v: Record<string, unknown>): Limits {
  return {
    ...base,
    ...(v.timeoutMs !== undefined && { timeoutMs: v.timeoutMs as number }),
    ...(v.deadlineMs !== undefined && { deadlineMs: v.deadlineMs as number }),
    ...(v.maxRetries !== undefined && { maxRetries: v.maxRetries as number }),
    ...(v.maxBodyBytes !== undefined && { maxBodyBytes: v.maxBodyBytes as number }),
  }
}

/** The base URL, checked at creation: http(s), absolute, no query, fragment or credentials; without a trailing slash. */
export function checkBaseUrl(vendor: string, baseUrl: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new TypeError(`${vendor}: baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${vendor}: baseUrl must be http(s), got ${url.protocol}`)
  if (url.username !== '' || url.password !== '') throw new TypeError(`${vendor}: baseUrl must not carry credentials (user:password@)`)
  if (baseUrl.includes('?') || baseUrl.includes('#')) throw new TypeError(`${vendor}: baseUrl must have no query (?) or fragment (#)`)
  return url.href.replace(/\/+$/, '')
}
