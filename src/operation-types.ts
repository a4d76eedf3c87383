/**
 * Types derived from openapi-typescript's `paths`: an operation's declared
 * statuses, its success data, its error bodies, and the auth headers a
 * client fills in. Nothing here is written per vendor or per operation.
 */
import type { HttpMethod, RequiredKeysOf } from 'openapi-typescript-helpers'

export type { HttpMethod }

/** The operation object at `Paths[P][M]`. */
export type OperationAt<Paths, P extends keyof Paths, M extends HttpMethod> = M extends keyof Paths[P] ? NonNullable<Paths[P][M]> : never

type Responses<Op> = Op extends { responses: infer R } ? R : never

/**
 * Every status code an operation declares, as numeric literals. `never` for a
 * method the path lacks (openapi-typescript writes `get?: never`), where
 * `keyof never` would otherwise widen the union to `number`.
 */
export type DeclaredStatus<Op> = [Responses<Op>] extends [never] ? never : Extract<keyof Responses<Op>, number>

/** The declared 2xx statuses. */
export type SuccessStatus<Op> = { [S in DeclaredStatus<Op>]: `${S}` extends `2${string}` ? S : never }[DeclaredStatus<Op>]

/** The declared statuses that are not 2xx: each becomes one error variant. */
export type ErrorStatusOf<Op> = Exclude<DeclaredStatus<Op>, SuccessStatus<Op>>

/** The body a response declares: its JSON content, or any content, or undefined. */
export type BodyOf<R> = R extends { content: infer C } ? (C extends { 'application/json': infer B } ? B : C[keyof C]) : undefined

/** What `data` holds on success. */
export type SuccessData<Op> = BodyOf<Responses<Op>[SuccessStatus<Op> & keyof Responses<Op>]>

/** The body of one declared status. */
export type StatusBody<Op, S> = BodyOf<Responses<Op>[S & keyof Responses<Op>]>

/** Every error status declared by any operation of an API. */
export type ApiErrorStatus<Paths> = {
  [P in keyof Paths]: { [M in keyof Paths[P] & HttpMethod]: ErrorStatusOf<NonNullable<Paths[P][M]>> }[keyof Paths[P] & HttpMethod]
}[keyof Paths]

/**
 * A vendor's status → kind names. Written by hand, checked by the compiler:
 * use `satisfies ErrorKindMap<paths>`, and a status that a regenerated spec
 * adds, or one it drops, stops the build until the map names it.
 */
export type ErrorKindMap<Paths> = { readonly [S in ApiErrorStatus<Paths>]: string }

// ---- auth headers the client fills in ----

type LoosenKeys<T, K extends PropertyKey> = [T] extends [never] ? never : Omit<T, K> & { [P in K & keyof T]?: T[P] }

type HeaderSlot<H> = [H] extends [never] ? { header?: never } : RequiredKeysOf<H> extends never ? { header?: H } : { header: H }

type LoosenParams<Params, K extends PropertyKey> = 'header' extends keyof Params
  ? Omit<Params, 'header'> & HeaderSlot<LoosenKeys<NonNullable<Params['header' & keyof Params]>, K>>
  : Params

type LoosenOperation<Op, K extends PropertyKey> = Op extends { parameters: infer Params }
  ? Omit<Op, 'parameters'> & { parameters: LoosenParams<Params, K> }
  : Op

/** `Paths` with the header parameters `K` made optional in every operation, because the client sets them. */
export type WithClientHeaders<Paths, K extends string> = {
  [P in keyof Paths]: { [M in keyof Paths[P]]: M extends HttpMethod ? LoosenOperation<Paths[P][M], K> : Paths[P][M] }
}
