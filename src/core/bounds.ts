/**
 * Time and cancellation limits for one attempt or one wait: one controller
 * and one timer, aborted by the per-attempt timeout, the deadline or the
 * caller's signal, whichever comes first. `race` bounds any promise by them,
 * so a fetch, a body read or a sleep that ignores its signal cannot hang a call.
 */

export type BoundReason = 'aborted' | 'deadline' | 'attempt'

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

/** AbortSignal.any where the runtime has it: it follows the caller's signal without adding a listener to it. */
function follow(caller: AbortSignal, own: AbortSignal): AbortSignal | undefined {
  try {
    return typeof AbortSignal.any === 'function' ? AbortSignal.any([caller, own]) : undefined
  } catch {
    return undefined // a signal from another realm: listen instead
  }
}

/**
 * Whether the caller's signal has aborted, and why. A signal that cannot be
 * read (a wrapper whose getter throws once revoked) counts as aborted, with
 * what it threw as the reason: a broken signal stops the call, it never
 * makes it reject.
 */
export function signalState(signal: AbortSignal | undefined): { aborted: boolean; reason: unknown } {
  if (signal === undefined) return { aborted: false, reason: undefined }
  try {
    return signal.aborted === true ? { aborted: true, reason: signal.reason } : { aborted: false, reason: undefined }
  } catch (e) {
    return { aborted: true, reason: e }
  }
}

export class Bounds {
  readonly #controller = new AbortController()
  readonly #caller: AbortSignal | undefined
  readonly #timer: ReturnType<typeof setTimeout>
  readonly #listening: boolean
  /** Aborted by the timer or the caller, whichever comes first. */
  readonly signal: AbortSignal
  #fired: BoundReason | undefined

  /**
   * Fires after `min(timeoutMs, remainingMs)`: as 'attempt' if the timeout is
   * the shorter, 'deadline' if the deadline is; or when `caller` aborts. The
   * caller's signal gets no listener where AbortSignal.any exists, so one
   * signal shared by many calls never trips the runtime's listener-leak warning.
   * `timeoutMs: Infinity` bounds by the deadline alone (a wait).
   */
  constructor(timeoutMs: number, remainingMs: number, caller: AbortSignal | undefined) {
    const scope: BoundReason = remainingMs <= timeoutMs ? 'deadline' : 'attempt'
    const message = scope === 'deadline' ? 'deadline exceeded' : `attempt timed out after ${timeoutMs} ms`
    this.#timer = setTimeout(() => this.#fire(scope, new Error(message)), Math.max(0, Math.min(timeoutMs, remainingMs)))
    this.#caller = caller
    const state = signalState(caller)
    const followed = caller === undefined || state.aborted ? undefined : follow(caller, this.#controller.signal)
    this.signal = followed ?? this.#controller.signal
    this.#listening = caller !== undefined && !state.aborted && followed === undefined && this.#listen(caller)
    if (state.aborted) this.#fire('aborted', state.reason)
  }

  /** Listens to a caller's signal AbortSignal.any could not follow; one that cannot be listened to stops the bounds at once. */
  #listen(caller: AbortSignal): boolean {
    try {
      caller.addEventListener('abort', this)
      return true
    } catch (e) {
      this.#fire('aborted', e)
      return false
    }
  }

  /** Why the bounds fired, or undefined while they have not. */
  get reason(): BoundReason | undefined {
    return this.#fired ?? (signalState(this.#caller).aborted ? 'aborted' : undefined)
  }

  /** The caller's signal aborted (EventListener interface: no closure per attempt). */
  handleEvent(): void {
    this.#fire('aborted', signalState(this.#caller).reason)
  }

  /** Clears the timer and any listener on the caller's signal. */
  release(): void {
    clearTimeout(this.#timer)
    try {
      if (this.#listening) this.#caller?.removeEventListener('abort', this)
    } catch {
      // a signal that cannot be unlistened holds nothing of the call's but this object
    }
  }

  #fire(why: BoundReason, cause: unknown): void {
    if (this.#fired !== undefined) return
    this.#fired = why
    this.#controller.abort(cause)
  }
}

/**
 * Settles as `promise` does, or rejects with BoundsFired as soon as the
 * bounds fire. A late settlement of `promise` is absorbed, never unhandled.
 */
export function race<T>(promise: PromiseLike<T>, bounds: Bounds): Promise<T> {
  const { signal } = bounds
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(new BoundsFired(bounds.reason ?? 'aborted', signal.reason))
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
