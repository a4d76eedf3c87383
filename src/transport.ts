/**
 * The one place that runs attempts: per-attempt timeout, overall deadline,
 * the caller's abort signal, retries with capped full-jitter backoff and
 * Retry-After. No timer outlives its call.
 */
import type { InvalidRequestError, TransportError } from './result.js'

export interface RetrySettings {
  /** Retries after the first attempt. Default 2. */
  maxRetries: number
  /** Per attempt, including reading the body. Default 30 s. */
  timeoutMs: number
  /** All attempts and the waits between them. Default 2 min. */
  deadlineMs: number
  /** First backoff ceiling; doubles each retry. Default 500 ms. */
  initialDelayMs: number
  /** Backoff ceiling. Default 8 s. */
  maxDelayMs: number
  /** A longer Retry-After than this is ignored in favour of backoff. Default 60 s. */
  maxRetryAfterMs: number
}

export const DEFAULT_RETRY: RetrySettings = {
  maxRetries: 2,
  timeoutMs: 30_000,
  deadlineMs: 120_000,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
}

/** `base` with the timeout and retry options a client or a call sets. */
export function withOverrides(base: RetrySettings, o: { timeoutMs?: number; deadlineMs?: number; maxRetries?: number }): RetrySettings {
  return {
    ...base,
    ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
    ...(o.deadlineMs !== undefined && { deadlineMs: o.deadlineMs }),
    ...(o.maxRetries !== undefined && { maxRetries: o.maxRetries }),
  }
}

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
  debug(message: string, entry: LogEntry): void
}

export interface TransportHooks {
  /** Waits `ms`, or rejects when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  /** In [0, 1). */
  random: () => number
  now: () => Date
  logger?: Logger | undefined
}

/** What one attempt produced: a status and headers (the body already read), or a thrown transport failure. */
export interface AttemptResponse {
  status: number
  headers: Headers
}

export interface AttemptsOutcome<R extends AttemptResponse> {
  result: R | TransportError | InvalidRequestError
  attempts: number
}

const NEVER_ABORTED = new AbortController().signal

export function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** RFC 9110 HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms. */
const HTTP_DATE = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{5,8}, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
]

/** Retry-After in ms, from seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const value = headers.get('retry-after')?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  if (!HTTP_DATE.some((format) => format.test(value))) return undefined
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime())
}

function backoffMs(retry: number, s: RetrySettings, random: () => number): number {
  return Math.floor(random() * Math.min(s.maxDelayMs, s.initialDelayMs * 2 ** (retry - 1)))
}

/** A status worth another attempt: 408, 409, 429 and 5xx, unless the spec declares it as an answer. */
export function isRetryableStatus(status: number, declared: boolean): boolean {
  return !declared && (status === 408 || status === 409 || status === 429 || status >= 500)
}

interface Signals {
  attempt: AbortController
  cleanup: () => void
  reason: () => 'aborted' | 'deadline' | 'attempt' | undefined
}

/**
 * One attempt's signal: aborted by its own timer, which runs to the per-attempt
 * timeout or to the deadline, whichever comes first, or by the caller's signal.
 * One controller and one timer an attempt; no timer outlives it.
 */
function attemptSignals(timeoutMs: number, remainingMs: number, caller: AbortSignal | undefined): Signals {
  const attempt = new AbortController()
  const scope = remainingMs < timeoutMs ? 'deadline' : 'attempt'
  let fired: 'deadline' | 'attempt' | undefined
  const timer = setTimeout(
    () => {
      fired = scope
      attempt.abort(new Error(scope === 'deadline' ? 'deadline exceeded' : `attempt timed out after ${timeoutMs} ms`))
    },
    Math.max(0, Math.min(timeoutMs, remainingMs)),
  )
  const forward = (): void => attempt.abort(caller?.reason)
  caller?.addEventListener('abort', forward, { once: true })
  if (caller?.aborted) forward()
  return {
    attempt,
    cleanup: () => {
      clearTimeout(timer)
      caller?.removeEventListener('abort', forward)
    },
    reason: () => (caller?.aborted ? 'aborted' : fired),
  }
}

function transportError(reason: ReturnType<Signals['reason']>, cause: unknown, s: RetrySettings): TransportError {
  if (reason === 'aborted') return { kind: 'aborted', cause, message: 'the call was aborted by its signal' }
  if (reason === 'deadline') {
    return {
      kind: 'timeout',
      scope: 'deadline',
      timeoutMs: s.deadlineMs,
      cause,
      message: `no answer within the ${s.deadlineMs} ms deadline`,
    }
  }
  if (reason === 'attempt') {
    return { kind: 'timeout', scope: 'attempt', timeoutMs: s.timeoutMs, cause, message: `the attempt timed out after ${s.timeoutMs} ms` }
  }
  return { kind: 'network', cause, message: `the request failed before a complete response: ${describeCause(cause)}` }
}

function describeCause(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause !== undefined ? cause.cause : cause
  if (inner instanceof Error) return inner.message
  if (typeof inner === 'object' && inner !== null) {
    const { code, message } = inner as { code?: unknown; message?: unknown }
    return [code, message].filter((v) => typeof v === 'string').join(' ') || 'unknown error'
  }
  return String(inner)
}

export interface RunAttemptsInput<R extends AttemptResponse> {
  /** Sends one attempt and reads its body; rejects on a transport failure; `invalid_request` when nothing could be sent. */
  send: (signal: AbortSignal, attempt: number) => Promise<R | InvalidRequestError>
  /** Whether the spec declares this status for the operation. */
  isDeclared: (status: number) => boolean
  settings: RetrySettings
  hooks: TransportHooks
  signal?: AbortSignal | undefined
  describe: { method: string; path: string }
}

/** Runs attempts until one gives an answer worth returning, retries run out, or time does. */
export async function runAttempts<R extends AttemptResponse>(input: RunAttemptsInput<R>): Promise<AttemptsOutcome<R>> {
  const { settings: s, hooks, describe } = input
  const started = Date.now()
  if (input.signal?.aborted) return { result: transportError('aborted', input.signal.reason, s), attempts: 0 }
  for (let attempt = 1; ; attempt += 1) {
    const result = await oneAttempt(input, attempt, s.deadlineMs - (Date.now() - started))
    const retryable =
      'kind' in result
        ? result.kind === 'network' || (result.kind === 'timeout' && result.scope === 'attempt')
        : isRetryableStatus(result.status, input.isDeclared(result.status))
    if (!retryable || attempt > s.maxRetries) return { result, attempts: attempt }
    const hinted = 'kind' in result ? undefined : retryAfterMs(result.headers, hooks.now())
    const delay = hinted !== undefined && hinted <= s.maxRetryAfterMs ? hinted : backoffMs(attempt, s, hooks.random)
    // No wait, and so no attempt, starts that would end past the deadline.
    if (Date.now() - started + delay >= s.deadlineMs) return { result, attempts: attempt }
    log(hooks.logger, `retrying ${describe.method} ${describe.path} in ${delay} ms`, logEntry(describe, attempt, result, 0))
    try {
      await hooks.sleep(delay, input.signal ?? NEVER_ABORTED)
    } catch (cause) {
      return { result: transportError('aborted', cause, s), attempts: attempt }
    }
  }
}

async function oneAttempt<R extends AttemptResponse>(
  input: RunAttemptsInput<R>,
  attempt: number,
  remainingMs: number,
): Promise<R | TransportError | InvalidRequestError> {
  const signals = attemptSignals(input.settings.timeoutMs, remainingMs, input.signal)
  const started = Date.now()
  let result: R | TransportError | InvalidRequestError
  try {
    result = await input.send(signals.attempt.signal, attempt)
  } catch (cause) {
    result = transportError(signals.reason(), cause, input.settings)
  } finally {
    signals.cleanup()
  }
  const entry = logEntry(input.describe, attempt, result, Date.now() - started)
  log(input.hooks.logger, `${entry.method} ${entry.path} attempt ${attempt}: ${entry.outcome} in ${entry.durationMs} ms`, entry)
  return result
}

/** A logger that throws must not break the call. */
function log(logger: Logger | undefined, message: string, entry: LogEntry): void {
  try {
    logger?.debug(message, entry)
  } catch {
    // ignored: logging is best effort
  }
}

function logEntry(
  d: { method: string; path: string },
  attempt: number,
  r: AttemptResponse | { kind: string },
  durationMs: number,
): LogEntry {
  const status = 'kind' in r ? undefined : r.status
  return { method: d.method, path: d.path, attempt, status, outcome: 'kind' in r ? r.kind : `HTTP ${r.status}`, durationMs }
}
