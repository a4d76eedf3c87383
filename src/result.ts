/**
 * The shape every call returns, `{ data, error, response, attempts }`, and
 * the discriminated union of errors, derived from the generated types.
 */
import type { ErrorStatusOf, StatusBody, SuccessData } from './operation-types.js'

/** One variant per error status the spec declares: `status` is a literal, `body` is typed from generated/. */
export interface DeclaredError<K extends string, S extends number, B> {
  kind: K
  status: S
  body: B
  message: string
}

/** A status the spec does not declare for the operation, such as a proxy's 429 or an HTML 502. */
export interface UnexpectedStatusError {
  kind: 'unexpected_status'
  status: number
  contentType: string | null
  /** The raw body text, capped (see `truncated`). */
  text: string
  truncated: boolean
  message: string
}

/** A declared status whose body is not JSON, or not of the declared shape. */
export interface InvalidBodyError {
  kind: 'invalid_body'
  status: number
  contentType: string | null
  text: string
  truncated: boolean
  /** What was wrong, e.g. `missing required field "id"`. */
  reason: string
  message: string
}

/** The request could not be sent or the response could not be read. */
export interface NetworkError {
  kind: 'network'
  cause: unknown
  message: string
}

/** An attempt ran past `timeoutMs`, or all attempts ran past `deadlineMs`. */
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

/** Bad input, caught before anything was sent. */
export interface InvalidRequestError {
  kind: 'invalid_request'
  message: string
}

export type TransportError = NetworkError | TimeoutError | AbortedError

/** Errors every call may return, whatever the operation. */
export type CommonError = UnexpectedStatusError | InvalidBodyError | TransportError | InvalidRequestError

/** The declared error variants of operation `Op`, named by a vendor's kind map. */
export type DeclaredErrorOf<Op, Kinds> = {
  [S in ErrorStatusOf<Op>]: DeclaredError<S extends keyof Kinds ? Extract<Kinds[S], string> : `http_${S}`, S, StatusBody<Op, S>>
}[ErrorStatusOf<Op>]

/** Everything `error` can be for operation `Op`: switch on `kind`. */
export type OperationError<Op, Kinds> = DeclaredErrorOf<Op, Kinds> | CommonError

export type Result<Data, Err> =
  | { data: Data; error?: undefined; response: Response; attempts: number }
  | { data?: undefined; error: Err; response: Response | undefined; attempts: number }

export type OperationResult<Op, Kinds> = Result<SuccessData<Op>, OperationError<Op, Kinds>>

/** Any error variant. */
export type ClientError = DeclaredError<string, number, unknown> | CommonError

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
