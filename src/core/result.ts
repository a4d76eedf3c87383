/**
 * What every call returns, `{ data, error, response, attempts }`, and the
 * errors every operation shares. The variants an operation declares are
 * derived from the generated types in ./types.ts.
 */
import type { HookName } from './hooks.js'

/** One variant per declared error response: `status` is a literal for an exact status, `body` is typed from generated/. */
export interface DeclaredError<K extends string, S extends number, B> {
  kind: K
  status: S
  body: B
  message: string
}

/** A status the operation does not declare (not exactly, by range, nor by `default`), such as a proxy's HTML 502. */
export interface UnexpectedStatusError {
  kind: 'unexpected_status'
  status: number
  contentType: string | null
  /** The raw body text, capped (see `truncated`). */
  text: string
  truncated: boolean
  message: string
}

/** A declared status whose body is of another media type than declared, unreadable as declared, too large, or not of the declared shape. */
export interface InvalidBodyError {
  kind: 'invalid_body'
  status: number
  contentType: string | null
  text: string
  truncated: boolean
  /** What was wrong, e.g. `body.id is missing required field "id"`. */
  reason: string
  message: string
}

/** The request could not be sent or the response could not be read. */
export interface NetworkError {
  kind: 'network'
  cause: unknown
  message: string
}

/** An attempt ran past `timeoutMs`, or the call past `deadlineMs`. */
export interface TimeoutError {
  kind: 'timeout'
  scope: 'attempt' | 'deadline'
  timeoutMs: number
  cause: unknown
  message: string
}

/** The caller's `signal` aborted the call. */
export interface AbortedError {
  kind: 'aborted'
  cause: unknown
  message: string
}

/** Bad input or call options, caught before anything was sent: `attempts` is 0. */
export interface InvalidRequestError {
  kind: 'invalid_request'
  message: string
}

/** An injected function (`now`, `random`, `sleep`, `fetch`, the idempotency key factory, a signer) threw or returned the wrong type. */
export interface HookFailedError {
  kind: 'hook_failed'
  hook: HookName
  cause: unknown
  message: string
}

export type TransportError = NetworkError | TimeoutError | AbortedError

/** Errors every call may return, whatever the operation. */
export type CommonError = UnexpectedStatusError | InvalidBodyError | TransportError | InvalidRequestError | HookFailedError

/** Any error variant. */
export type ClientError = DeclaredError<string, number, unknown> | CommonError

export type Result<Data, Err> =
  | { data: Data; error?: undefined; response: Response; attempts: number }
  | { data?: undefined; error: Err; response: Response | undefined; attempts: number }

/** Thrown by `unwrap`: carries the same discriminated `error`. */
export class SubscriptionClientError<E extends ClientError = ClientError> extends Error {
  override readonly name = 'SubscriptionClientError' as const
  readonly error: E
  readonly kind: E['kind']
  readonly status: number | undefined

  constructor(error: E) {
    const status = 'status' in error ? error.status : undefined
    super(
      `${error.kind}${status === undefined ? '' : ` (HTTP ${status})`}: ${error.message}`,
      'cause' in error ? { cause: error.cause } : undefined,
    )
    this.error = error
    this.kind = error.kind
    this.status = status
  }

  toJSON(): { name: string; message: string; kind: string; status: number | undefined } {
    return { name: this.name, message: this.message, kind: this.kind, status: this.status }
  }
}

/** Returns `data`, or throws a `SubscriptionClientError` carrying the typed `error`. */
export function unwrap<D, E extends ClientError>(result: Result<D, E>): D {
  if (result.error !== undefined) throw new SubscriptionClientError(result.error)
  return result.data as D
}
