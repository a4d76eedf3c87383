/**
 * Time and cancellation limits for one attempt or one wait: one controller
 * and one timer, aborted by the per-attempt timeout, the deadline or the
 * caller's signal, whichever comes first. `race` bounds any promise by it, so
 * a fetch, a body read or a sleep that ignores its signal cannot hang a call.
 */

export type BoundReason = 'aborted' | 'deadline' | 'attempt'

export interface Bounds {
  readonly signal: AbortSignal
  /** Why the signal fired, or undefined while it has not. */
  reason(): BoundReason | undefined
  /** Clears the timer and the listener on the caller's signal. */
  release(): void
}

/**
 * Bounds that fire after `min(timeoutMs, remainingMs)`: scope 'attempt' if
 * the timeout is the shorter, 'deadline' if the deadline is. Pass
 * `timeoutMs: Infinity` to bound by the deadline alone (a wait).
 */
export function createBounds(timeoutMs: number, remainingMs: number, caller: AbortSignal | undefined): Bounds {
  const controller = new AbortController()
  const scope: BoundReason = remainingMs <= timeoutMs ? 'deadline' : 'attempt'
  let fired: BoundReason | undefined
  const fire = (why: BoundReason, cause: unknown): void => {
    if (fired !== undefined) return
    fired = why
    controller.abort(cause)
  }
  const timer = setTimeout(
    () => fire(scope, new Error(scope === 'deadline' ? 'deadline exceeded' : `attempt timed out after ${timeoutMs} ms`)),
    Math.max(0, Math.min(timeoutMs, remainingMs)),
  )
  const forward = (): void => fire('aborted', caller?.reason)
  if (caller !== undefined) {
    if (caller.aborted) forward()
    else caller.addEventListener('abort', forward, { once: true })
  }
  return {
    signal: controller.signal,
    reason: () => fired,
    release: () => {
      clearTimeout(timer)
      caller?.removeEventListener('abort', forward)
    },
  }
}

/** The bounds' reason for giving up, as a rejection. */
export class BoundsFired extends Error {
  override readonly name = 'BoundsFired'
  constructor(
    readonly why: BoundReason,
    cause: unknown,
  ) {
    super(`stopped: ${why}`, { cause })
  }
}

/**
 * Settles as `promise` does, or rejects with BoundsFired as soon as the
 * bounds fire. A late settlement of `promise` is absorbed, never unhandled.
 */
export function race<T>(promise: PromiseLike<T>, bounds: Bounds): Promise<T> {
  const { signal } = bounds
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(new BoundsFired(bounds.reason() ?? 'aborted', signal.reason))
    if (signal.aborted) {
      stop()
      Promise.resolve(promise).then(undefined, () => undefined)
      return
    }
    signal.addEventListener('abort', stop, { once: true })
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', stop)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop)
        reject(error)
      },
    )
  })
}
