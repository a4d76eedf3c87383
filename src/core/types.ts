/**
 * Types derived from openapi-typescript's `paths`, per operation and only
 * for the operation a call names, so they stay cheap on a spec of hundreds of
 * operations: its declared responses (exact status, `NXX` range, `default`),
 * its success data, its error variants, and its init with the headers the
 * client sets taken out. Nothing here is written per vendor or per operation.
 */
import type { HttpMethod, PathsWithMethod } from 'openapi-typescript-helpers'
import type { CallOptions } from './options.js'
import type { ReadView, WriteView } from './read-write.js'
import type { CommonError, DeclaredError, Result } from './result.js'

export type { HttpMethod }

export type Method = Uppercase<HttpMethod>

/** The operation object at `Paths[P][M]`. */
export type OperationAt<Paths, P extends keyof Paths, M extends HttpMethod> = M extends keyof Paths[P] ? NonNullable<Paths[P][M]> : never

type Responses<Op> = Op extends { responses: infer R } ? R : never
type ResponseKey<Op> = keyof Responses<Op>

/**
 * Every exact status an operation declares, as numeric literals. `never` for
 * a method the path lacks (openapi-typescript writes `get?: never`).
 */
export type DeclaredStatus<Op> = [Responses<Op>] extends [never] ? never : Extract<ResponseKey<Op>, number>

/** Every 2xx status, spelled out: a fixed union is cheaper to test than a template literal per status. */
// biome-ignore format: one line of numbers
type Status2xx = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 209 | 210 | 211 | 212 | 213 | 214 | 215 | 216 | 217 | 218 | 219 | 220 | 221 | 222 | 223 | 224 | 225 | 226 | 227 | 228 | 229 | 230 | 231 | 232 | 233 | 234 | 235 | 236 | 237 | 238 | 239 | 240 | 241 | 242 | 243 | 244 | 245 | 246 | 247 | 248 | 249 | 250 | 251 | 252 | 253 | 254 | 255 | 256 | 257 | 258 | 259 | 260 | 261 | 262 | 263 | 264 | 265 | 266 | 267 | 268 | 269 | 270 | 271 | 272 | 273 | 274 | 275 | 276 | 277 | 278 | 279 | 280 | 281 | 282 | 283 | 284 | 285 | 286 | 287 | 288 | 289 | 290 | 291 | 292 | 293 | 294 | 295 | 296 | 297 | 298 | 299

/** The declared exact 2xx statuses. */
export type SuccessStatus<Op> = Extract<DeclaredStatus<Op>, Status2xx>

/** The declared exact statuses that are not 2xx: each one a hand-named error variant. */
export type ErrorStatusOf<Op> = Exclude<DeclaredStatus<Op>, SuccessStatus<Op>>

type X = 'X' | 'x'
/** A range key as specs write it: `4XX`, and the `4xx` some specs use. */
export type StatusRange = `${1 | 2 | 3 | 4 | 5}${X}${X}`
type SuccessRange = `2${X}${X}`

/** The declared non-2xx ranges (`4XX`, `5XX`…): each one an error variant named `http_<range>` (upper case, as the client names it). */
export type ErrorRangeOf<Op> = Exclude<Extract<ResponseKey<Op>, StatusRange>, SuccessRange>

type Declares<Op, K> = [Responses<Op>] extends [never] ? false : K extends ResponseKey<Op> ? true : false

/** The response keys whose body is `data`: exact 2xx and `2XX`, or `default` when the operation declares no 2xx. */
type SuccessKey<Op, Declared = SuccessStatus<Op> | Extract<ResponseKey<Op>, SuccessRange>> = [Declared] extends [never]
  ? Declares<Op, 'default'> extends true
    ? 'default'
    : never
  : Declared

type JsonMedia = `${string}/json` | `${string}+json` | `${string}/json;${string}` | `${string}+json;${string}`

/** A media type's body as the client returns it: parsed JSON (without its writeOnly properties), text, or bytes. */
type MediaBody<C> = {
  [K in keyof C]-?: K extends JsonMedia ? ReadView<C[K]> : K extends `text/${string}` ? string : K extends '*/*' ? unknown : Uint8Array
}[keyof C]

/** The body a response declares, as the client returns it; `undefined` when it declares none. */
export type BodyOf<R> = R extends { content: infer C } ? ([keyof C] extends [never] ? undefined : MediaBody<C>) : undefined

/**
 * The body at one response key (exact status, range or `default`), as the
 * client returns it: none for 204, 205 and 304, nor for HEAD; a range or
 * `default` may cover one of those, so it may be undefined too.
 */
export type StatusBody<Op, K, Head extends boolean = false> = Head extends true
  ? undefined
  : K extends 204 | 205 | 304
    ? undefined
    : K extends `${2 | 3}${X}${X}` | 'default'
      ? BodyOf<Responses<Op>[K & ResponseKey<Op>]> | undefined
      : BodyOf<Responses<Op>[K & ResponseKey<Op>]>

/** What `data` holds on success; `undefined` for HEAD. */
export type SuccessData<Op, Head extends boolean = false> = Head extends true
  ? undefined
  : { [K in SuccessKey<Op>]: StatusBody<Op, K> }[SuccessKey<Op>]

/** Every exact error status declared by any operation of an API: one cheap step per operation, since it spans them all. */
export type ApiErrorStatus<Paths> = {
  [P in keyof Paths]: {
    [M in keyof Paths[P] & HttpMethod]: Paths[P][M] extends { responses: infer R } ? Exclude<Extract<keyof R, number>, Status2xx> : never
  }[keyof Paths[P] & HttpMethod]
}[keyof Paths]

/**
 * A vendor's status → kind names, for the exact error statuses its spec
 * declares. Written by hand, checked by the compiler: use
 * `satisfies ErrorKindMap<paths>`, and a status a regenerated spec adds or
 * drops stops the build until the map names it.
 */
export type ErrorKindMap<Paths> = { readonly [S in ApiErrorStatus<Paths>]: string }

type KindName<Kinds, S extends number> = S extends keyof Kinds ? Extract<Kinds[S], string> : `http_${S}`

/** The declared error variants of operation `Op`: one per exact status (named by `Kinds`), range and `default`. HEAD bodies are never read. */
export type DeclaredErrorOf<Op, Kinds, Head extends boolean = false> =
  | { [S in ErrorStatusOf<Op>]: DeclaredError<KindName<Kinds, S>, S, StatusBody<Op, S, Head>> }[ErrorStatusOf<Op>]
  | { [R in ErrorRangeOf<Op>]: DeclaredError<`http_${Uppercase<R & string>}`, number, StatusBody<Op, R, Head>> }[ErrorRangeOf<Op>]
  | (Declares<Op, 'default'> extends true ? DeclaredError<'http_default', number, StatusBody<Op, 'default', Head>> : never)

/** Everything `error` can be for operation `Op`: switch on `kind`. */
export type OperationError<Op, Kinds, Head extends boolean = false> = DeclaredErrorOf<Op, Kinds, Head> | CommonError

export type OperationResult<Op, Kinds, Head extends boolean = false> = Result<SuccessData<Op, Head>, OperationError<Op, Kinds, Head>>

// ---- the headers a client sets: taken out of the caller's params ----

type IsClientHeader<K, H extends string> = Lowercase<K & string> extends Lowercase<H> ? true : false

/** A header parameter map without the headers the client sets (they become `?: never`). */
type LooseHeader<Hd, H extends string> = { [K in keyof Hd as IsClientHeader<K, H> extends true ? never : K]: Hd[K] } & {
  [K in keyof Hd as IsClientHeader<K, H> extends true ? K : never]?: never
}

/**
 * `NoKeys extends T` asks "is every key of T optional?": cheaper than a Pick
 * per key (openapi-typescript-helpers' RequiredKeysOf), which counts on a
 * spec of a thousand operations.
 */
// biome-ignore lint/complexity/noBannedTypes: the empty object type is the point of the test
type NoKeys = {}

type HeaderSlot<Hd> = NoKeys extends Hd ? { header?: Hd } : { header: Hd }

type LooseParams<P, H extends string> = [H] extends [never]
  ? P
  : 'header' extends keyof P
    ? [NonNullable<P['header' & keyof P]>] extends [never]
      ? P
      : Omit<P, 'header'> & HeaderSlot<LooseHeader<NonNullable<P['header' & keyof P]>, H>>
    : P

/** An operation with the headers `H` taken out of its parameters. */
export type LooseOperation<Op, H extends string> = Op extends { parameters: infer P }
  ? Omit<Op, 'parameters'> & { parameters: LooseParams<P, H> }
  : Op

/** `Paths` with the headers `H` taken out of every operation: the typed `api`'s paths. */
export type WithClientHeaders<Paths, H extends string> = {
  [P in keyof Paths]: { [M in keyof Paths[P]]: M extends HttpMethod ? LooseOperation<Paths[P][M], H> : Paths[P][M] }
}

type ParamsOption<Op, H extends string> = Op extends { parameters: infer P }
  ? NoKeys extends LooseParams<P, H>
    ? { params?: LooseParams<P, H> }
    : { params: LooseParams<P, H> }
  : { params?: never }

/** A request body of any declared media type; a JSON one without its readOnly properties. */
type ContentOf<B> = B extends { content: infer C } ? { [K in keyof C]: K extends JsonMedia ? WriteView<C[K]> : C[K] }[keyof C] : never

/** The body: required when the request body is, absent (`never`) when the operation takes none; any declared media type's. */
type BodyOption<Op> = Op extends { requestBody: infer B }
  ? [B] extends [never]
    ? { body?: never }
    : { body: ContentOf<B> }
  : Op extends { requestBody?: infer B }
    ? [NonNullable<B>] extends [never]
      ? { body?: never }
      : { body?: ContentOf<NonNullable<B>> }
    : { body?: never }

/** What `call` takes for operation `Op`: its params and body, the call options, and the client's own (`Extra`). */
export type CallInit<Op, H extends string, Extra> = ParamsOption<Op, H> & BodyOption<Op> & CallOptions & Extra

type InitArgs<Init> = NoKeys extends Init ? [init?: Init] : [init: Init]

/** Distributes over a union of methods: `'GET' | 'HEAD'` may be HEAD, so its data may be undefined. */
type IsHead<M> = M extends 'HEAD' ? true : false

/** Safe methods take no idempotency key, nor any other option a client adds for the methods that change state. */
type ExtraFor<M extends Method, Extra> = M extends 'GET' | 'HEAD' | 'OPTIONS' | 'TRACE' ? unknown : Extra

/**
 * The typed `call` of a client: `Paths` types the init and the result,
 * `Kinds` names the exact error statuses, `H` are the headers the client sets,
 * `Extra` the client's own call options (for methods that change state).
 */
export type TypedCall<Paths extends {}, Kinds, H extends string = never, Extra = unknown> = <
  M extends Method,
  P extends PathsWithMethod<Paths, Lowercase<M>>,
  // A defaulted parameter, never inferred (NoInfer below): while the arguments are checked it has no
  // constraint, so the init's contextual type costs nothing; then it is the operation at P and M. Without
  // it, TypeScript reads the init's constraint over every operation of the spec on every call. Calls give
  // no type arguments: an explicit `Op` is taken as given, as any explicit type argument would be.
  Op = OperationAt<Paths, P, Lowercase<M>>,
>(
  method: M,
  path: P,
  ...init: InitArgs<CallInit<NoInfer<Op>, H, ExtraFor<M, Extra>>>
) => Promise<OperationResult<Op, Kinds, IsHead<M>>>
