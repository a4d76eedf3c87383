/**
 * The attempts of one call: each signs and sends the built request once and
 * reads its body, within one timer (the per-attempt timeout or the deadline,
 * whichever is nearer) and the caller's signal. Between attempts, a wait of
 * Retry-After or capped full-jitter backoff, bounded the same way. No timer
 * outlives the call.
 *
 * Retried: network errors, attempt timeouts, and 408, 409, 429 and 500–599
 * unless the operation declares that exact status (then it is the API's
 * answer). A status declared only by a range or `default` is still retried.
 */
import { type ReadResponse, readCapped, send, signHeaders, type Transport, UnreadableStatus } from './attempt.js'
import { Bounds, BoundsFired, race, signalState } from './bounds.js'
import { hasNoContent, type Match, matchResponse } from './classify.js'
import { guard, HookFailure, isThenable, log, readClock, readRandom } from './hooks.js'
import type { Limits, LogEntry, Logger } from './options.js'
import type { Prepared } from './request.js'
import type { HookFailedError, TransportError, UnexpectedStatusError } from './result.js'

export interface Hooks {
  readonly sleep: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined
  readonly random: () => number
  readonly now: () => Date
  readonly logger: Logger | undefined
}

/** Why a call ended without a response to classify; an unreadable status (a 407 fetch hid) is typed, not a transport failure. */
export type Failure = TransportError | HookFailedError | UnexpectedStatusError

export interface Outcome {
  /** The last attempt's response, or why there is none. */
  readonly result: { read: ReadResponse; match: Match | undefined } | { failure: Failure }
  /** Requests handed to fetch. */
  readonly attempts: number
}

/** A status worth another attempt: 408, 409, 429 and 500–599, unless declared exactly. */
export function isRetryableStatus(status: number, match: Match | undefined): boolean {
  if (match?.exact === true) return false
  return status === 408 || status === 409 || status === 429 || (status >= 500 && status <= 599)
}

/** RFC 9110 HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms. */
const HTTP_DATE = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{5,8}, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
]
const ASCTIME = 2

/** Retry-After in ms, from seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: () => Date): number | undefined {
  const value = headers.get('retry-after')?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  const form = HTTP_DATE.findIndex((format) => format.test(value))
  if (form === -1) return undefined
  // asctime carries no zone, and Date.parse would read it in the machine's; HTTP-dates are all GMT.
  const date = Date.parse(form === ASCTIME ? `${value} GMT` : value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - readClock(now).getTime())
}

function backoffMs(retry: number, limits: Limits, random: () => number): number {
  return Math.floor(readRandom(random) * Math.min(limits.maxDelayMs, limits.initialDelayMs * 2 ** (retry - 1)))
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, ms)
    const stop = (): void => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
  })
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

/** The caller's signal aborted the call. */
export function abortedBy(cause: unknown): Failure {
  return { kind: 'aborted', cause, message: 'the call was aborted by its signal' }
}

/** What an attempt's or a wait's rejection means, given why its bounds fired (if they did). */
export function failureOf(error: unknown, bounds: Bounds | undefined, limits: Limits): Failure {
  if (error instanceof HookFailure) return { kind: 'hook_failed', hook: error.hook, cause: error.cause, message: error.message }
  if (error instanceof UnreadableStatus) {
    return { kind: 'unexpected_status', status: error.status, contentType: null, text: '', truncated: false, message: error.message }
  }
  const cause = error instanceof BoundsFired ? error.cause : error
  switch (bounds?.reason) {
    case 'aborted':
      return abortedBy(cause)
    case 'deadline':
      return {
        kind: 'timeout',
        scope: 'deadline',
        timeoutMs: limits.deadlineMs,
        cause,
        message: `no answer within the ${limits.deadlineMs} ms deadline`,
      }
    case 'attempt':
      return {
        kind: 'timeout',
        scope: 'attempt',
        timeoutMs: limits.timeoutMs,
        cause,
        message: `the attempt timed out after ${limits.timeoutMs} ms`,
      }
    default:
      return { kind: 'network', cause, message: `the request failed before a complete response: ${describeCause(cause)}` }
  }
}

interface Call {
  readonly prepared: Prepared
  readonly transport: Transport
  readonly limits: Limits
  readonly hooks: Hooks
  readonly signal: AbortSignal | undefined
  /** When the call began (performance.now()): the deadline counts from here, a body read before the attempts included. */
  readonly started: number
}

/** One attempt: sign, send once, read the body as far as the declared response allows. `sent` tells whether fetch got it. */
async function once(call: Call, remainingMs: number): Promise<{ result: Outcome['result']; sent: boolean }> {
  const { prepared, transport, limits } = call
  let bounds: Bounds | undefined
  let sent = false
  try {
    bounds = new Bounds(limits.timeoutMs, remainingMs, call.signal)
    const headers = await signHeaders(prepared, transport, bounds)
    if (bounds.signal.aborted) throw new BoundsFired(bounds.reason ?? 'aborted', bounds.signal.reason)
    sent = true
    const response = await send(prepared, transport, headers, bounds)
    const match = matchResponse(prepared.operation, response.status)
    const limit = hasNoContent(prepared.method, response.status, match) ? 0 : match ? limits.maxBodyBytes : limits.maxErrorTextBytes
    const { bytes, truncated } = await readCapped(response, limit, bounds)
    const contentType = response.headers.get('content-type')
    const read = {
      response,
      status: response.status,
      contentType: typeof contentType === 'string' ? contentType : null,
      bytes,
      truncated,
      limit,
    }
    return { result: { read, match }, sent }
  } catch (e) {
    return { result: { failure: failureOf(e, bounds, limits) }, sent }
  } finally {
    bounds?.release()
  }
}

function retryable(result: Outcome['result']): boolean {
  if ('failure' in result)
    return result.failure.kind === 'network' || (result.failure.kind === 'timeout' && result.failure.scope === 'attempt')
  return isRetryableStatus(result.read.status, result.match)
}

/** Waits `ms` with the injected or default sleep, bounded by the deadline and the caller's signal. */
async function wait(call: Call, ms: number, remainingMs: number): Promise<Failure | undefined> {
  let bounds: Bounds | undefined
  const sleep = call.hooks.sleep
  try {
    bounds = new Bounds(Number.POSITIVE_INFINITY, remainingMs, call.signal)
    const signal = bounds.signal
    // Already stopped (the caller aborted as the wait began): no sleep starts, no timer is left behind.
    if (signal.aborted) throw new BoundsFired(bounds.reason ?? 'aborted', signal.reason)
    const sleeping = sleep === undefined ? defaultSleep(ms, signal) : guard('sleep', () => sleep(ms, signal))
    if (!isThenable(sleeping)) throw new HookFailure('sleep', 'sleep(ms, signal) must return a promise')
    await race(sleeping, bounds)
    return undefined
  } catch (e) {
    if (e instanceof HookFailure || bounds === undefined || bounds.reason !== undefined) return failureOf(e, bounds, call.limits)
    return { kind: 'hook_failed', hook: 'sleep', cause: e, message: `sleep() rejected though nothing aborted it: ${describeCause(e)}` }
  } finally {
    bounds?.release()
  }
}

function entry(call: Call, attempt: number, result: Outcome['result'], durationMs: number): LogEntry {
  const status = 'read' in result ? result.read.status : undefined
  const outcome = 'read' in result ? `HTTP ${result.read.status}` : result.failure.kind
  return { method: call.prepared.method, path: call.prepared.template, attempt, status, outcome, durationMs }
}

/** Runs attempts until one gives an answer worth returning, retries run out, or time does. Never rejects. */
export async function runAttempts(call: Call): Promise<Outcome> {
  const { limits, hooks, started } = call
  const remaining = (): number => limits.deadlineMs - (performance.now() - started)
  const state = signalState(call.signal)
  if (state.aborted) return { result: { failure: abortedBy(state.reason) }, attempts: 0 }
  let attempts = 0
  for (let n = 1; ; n += 1) {
    const t0 = performance.now()
    const { result, sent } = await once(call, remaining())
    if (sent) attempts += 1
    const e = entry(call, n, result, Math.round(performance.now() - t0))
    log(hooks.logger, `${e.method} ${e.path} attempt ${n}: ${e.outcome} in ${e.durationMs} ms`, e)
    if (!retryable(result) || n > limits.maxRetries) return { result, attempts }
    let delay: number
    try {
      const hinted = 'read' in result ? retryAfterMs(result.read.response.headers, hooks.now) : undefined
      delay = hinted !== undefined && hinted <= limits.maxRetryAfterMs ? hinted : backoffMs(n, limits, hooks.random)
    } catch (error) {
      return { result: { failure: failureOf(error, undefined, limits) }, attempts }
    }
    // No wait, and so no attempt, starts that would end past the deadline.
    if (delay >= remaining()) return { result, attempts }
    log(hooks.logger, `retrying ${e.method} ${e.path} in ${delay} ms`, { ...e, durationMs: 0 })
    const stopped = await wait(call, delay, remaining())
    if (stopped !== undefined) return { result: { failure: stopped }, attempts }
  }
}
