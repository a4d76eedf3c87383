/**
 * Calling what a user injects (clock, random source, sleep, logger, key
 * factory) without letting it break a call: a throw or a wrong type becomes a
 * `HookFailure` naming the hook, which the call turns into a typed
 * `hook_failed` error. A logger can only be ignored.
 */
import type { LogEntry, Logger } from './options.js'
import { describe } from './options.js'

export type HookName = 'now' | 'random' | 'sleep' | 'fetch' | 'sign' | 'idempotencyKey'

/** Thrown inside a call when an injected function fails; never escapes the call. */
export class HookFailure extends Error {
  override readonly name = 'HookFailure'
  constructor(
    readonly hook: HookName,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options)
  }
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : describe(e)
}

/** Runs `f`; a throw becomes a HookFailure for `hook`. */
export function guard<T>(hook: HookName, f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof HookFailure) throw e
    throw new HookFailure(hook, `${hook}() threw: ${reason(e)}`, { cause: e })
  }
}

/**
 * A hook's value that is a promise where none was asked for: its rejection is
 * absorbed (never unhandled), as the call reports the wrong type instead.
 */
function absorb(value: unknown): void {
  try {
    if (isThenable(value)) value.then(undefined, () => undefined)
  } catch {
    // a `then` that throws: nothing was left pending
  }
}

/** Calls a hook that must return a value now, not a promise; a promise it returns cannot reject unhandled. */
export function guardSync<T>(hook: HookName, f: () => T): T {
  const value = guard(hook, f)
  absorb(value)
  return value
}

/** The time of a Date from this realm or another (its own getTime, guarded); NaN for anything else. */
function timeOf(value: unknown): number {
  // Inside the guard: a revoked Proxy throws on toString's read of Symbol.toStringTag too.
  const time = guard('now', () => (Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).getTime() : Number.NaN))
  return typeof time === 'number' ? time : Number.NaN
}

/** The injected clock's time, or a HookFailure that names the usual mistake. */
export function readClock(now: () => Date): Date {
  const value = guardSync('now', now)
  // A Date from another realm (a VM context) is copied into this one, where instanceof Date holds.
  const time = timeOf(value)
  if (Number.isFinite(time)) return new Date(time)
  const hint = typeof value === 'number' ? ' (did you pass Date.now? pass () => new Date())' : ''
  throw new HookFailure('now', `now() must return a valid Date, got ${describe(value)}${hint}`)
}

/** The injected random source's next value in [0, 1). */
export function readRandom(random: () => number): number {
  const value = guardSync('random', random)
  if (typeof value === 'number' && value >= 0 && value < 1) return value
  throw new HookFailure('random', `random() must return a number in [0, 1), got ${describe(value)}`)
}

/** Whether a value can be awaited as a promise. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as PromiseLike<unknown>).then === 'function'
  )
}

/** Logs one line. A logger that throws, or returns a promise that rejects, is ignored. */
export function log(logger: Logger | undefined, message: string, entry: LogEntry): void {
  if (logger === undefined) return
  try {
    const out = logger.debug(message, entry)
    if (isThenable(out)) out.then(undefined, () => undefined)
  } catch {
    // logging is best effort
  }
}
