/**
 * The public factory: a client for any spec in the pipeline, from its
 * generated table, a base URL, auth (static headers or a signer) and the
 * exact-status kind map. Every operation of the spec is callable and typed
 * through `call`; `api` is the openapi-fetch client with the same auth.
 *
 * A call is read and built once (./request.ts); each attempt only signs and
 * sends it (./retry.ts); the last response is classified (./classify.ts).
 */
import type { Client } from 'openapi-fetch'
import { createAuthedApi } from './api.js'
import { type Signer, supportsStreamBodies, type Transport } from './attempt.js'
import { Bounds, BoundsFired, race, signalState } from './bounds.js'
import { classify } from './classify.js'
import { checkConfig, type ReservedKind } from './config.js'
import { isIdempotencyKey } from './headers.js'
import { guardSync, HookFailure } from './hooks.js'
import { takesIdempotencyKey } from './methods.js'
import { type CallSettings, type ClientOptions, type ClientSettings, checkBaseUrl, readCallOptions, readClientOptions } from './options.js'
import { RequestProblem } from './problem.js'
import { buildRequest, operationBases, type Prepared, type RequestContext } from './request.js'
import type { ClientError, InvalidRequestError, Result } from './result.js'
import { abortedBy, type Failure, failureOf, type Outcome, runAttempts } from './retry.js'
import type { GeneratedTable, Table } from './table.js'
import type { ApiErrorStatus, ErrorKindMap, TypedCall, WithClientHeaders } from './types.js'

/** Static credential headers, sent with every request. */
export interface HeaderAuth<H extends string> {
  readonly headers: { readonly [K in H]: string }
}

/** A signer run on every attempt, and the names of the headers it sets. */
export interface SignerAuth<H extends string> {
  readonly sign: Signer
  readonly signedHeaders: readonly H[]
}

/** Sends one key per call on every attempt of that call, for methods other than GET, HEAD, OPTIONS and TRACE. */
export interface IdempotencyConfig<I extends string> {
  readonly header: I
  /** Makes a key when the call gives none. Default `crypto.randomUUID()`. */
  readonly make?: () => string
}

export interface ApiClientConfig<Paths, Kinds, H extends string = never, I extends string = never> {
  /** Names the vendor in error messages. */
  readonly vendor: string
  /** generated/<api>-operations.ts's `table`. */
  readonly table: GeneratedTable<Paths>
  /** Exact error status → kind name; `satisfies ErrorKindMap<paths>` makes the compiler check it. */
  readonly kinds: Kinds
  /** The server to call. Default: the spec's first server. The `baseUrl` option overrides it. */
  readonly baseUrl?: string
  readonly auth?: HeaderAuth<H> | SignerAuth<H>
  readonly idempotency?: IdempotencyConfig<I>
}

export interface IdempotencyCallOptions {
  /** Sent on every attempt of this call. 1–255 printable ASCII characters, no spaces. Default: a fresh key per call. */
  idempotencyKey?: string
}

export interface ApiClient<Paths extends {}, Kinds, H extends string, Extra> {
  /** Any operation of the spec, typed, with retries, timeouts and typed errors. Never rejects. */
  call: TypedCall<Paths, Kinds, H, Extra>
  /** The openapi-fetch client, auth applied: one attempt, openapi-fetch's result shape. */
  api: Client<WithClientHeaders<Paths, H>>
}

/**
 * A kind map whose names are not ones the client returns itself (`network`,
 * `http_4XX`…), and which names no status the spec does not declare (a
 * status a regenerated spec dropped stops the build, as a new one does).
 */
export type CheckedKinds<Paths, Kinds> = {
  readonly [S in keyof Kinds]: S extends ApiErrorStatus<Paths> ? (Kinds[S] extends ReservedKind ? never : Kinds[S]) : never
}

export type ManagedHeaders<H extends string, I extends string> = H | I | 'Content-Type'
export type ExtraOf<I extends string> = [I] extends [never] ? unknown : IdempotencyCallOptions

export function invalid(message: string): Result<never, InvalidRequestError> {
  return { error: { kind: 'invalid_request', message }, response: undefined, attempts: 0 }
}

/** The call's idempotency key: given (checked) or made (a bad one names the factory). */
function idempotencyKey(given: unknown, make: () => string): string {
  if (given !== undefined) {
    if (isIdempotencyKey(given)) return given
    throw new RequestProblem('idempotencyKey must be 1 to 255 printable ASCII characters with no spaces')
  }
  const made = guardSync('idempotencyKey', make)
  if (isIdempotencyKey(made)) return made
  throw new HookFailure('idempotencyKey', 'the idempotency key factory must return 1 to 255 printable ASCII characters with no spaces')
}

function toResult(
  outcome: Outcome,
  method: string,
  table: Table,
  kinds: { readonly [status: number]: string },
): Result<unknown, ClientError> {
  const { result, attempts } = outcome
  if ('failure' in result) return { error: result.failure, response: undefined, attempts }
  const { read, match } = result
  let classified: ReturnType<typeof classify>
  try {
    classified = classify(read, method, match, table, kinds)
  } catch (e) {
    // A response no fetch would produce (a spoofed body, a non-string header): still a typed answer.
    const reason = `the response could not be read: ${e instanceof Error ? e.message : String(e)}`
    const error = {
      kind: 'invalid_body',
      status: read.status,
      contentType: null,
      text: '',
      truncated: false,
      reason,
      message: reason,
    } as const
    return { error, response: read.response, attempts }
  }
  return 'data' in classified
    ? { data: classified.data, response: read.response, attempts }
    : { error: classified.error, response: read.response, attempts }
}

/** Builds the call within the deadline and the caller's signal: a body that takes forever to read cannot hang it either. */
async function buildBounded(building: Promise<Prepared>, options: CallSettings, started: number): Promise<Prepared | Failure> {
  let bounds: Bounds | undefined
  try {
    bounds = new Bounds(Number.POSITIVE_INFINITY, options.limits.deadlineMs - (performance.now() - started), options.signal)
    return await race(building, bounds)
  } catch (e) {
    if (e instanceof BoundsFired) return failureOf(e, bounds, options.limits)
    throw e
  } finally {
    bounds?.release()
  }
}

/** What a call carries besides its options. */
export interface CallParts {
  params?: unknown
  body?: unknown
  idempotencyKey?: unknown
}

/** Runs one call whose options were already read: build once, attempt, classify. Never rejects. */
export type Invoke = (method: unknown, path: unknown, parts: CallParts, options: CallSettings) => Promise<Result<unknown, ClientError>>

export interface ClientCore<Paths extends {}, Kinds, H extends string, Extra> extends ApiClient<Paths, Kinds, H, Extra> {
  /** For vendor methods that read their own options first. */
  invoke: Invoke
  /** Reads a call's options over the client's limits; `extra`: the vendor method's own option names. */
  readOptions(input: unknown, extra: readonly string[]): CallSettings | string
}

/** A client from options already read (vendor factories read their own options first). */
export function createClientCore<Paths extends {}, Kinds, H extends string, I extends string>(
  config: ApiClientConfig<Paths, Kinds, H, I>,
  settings: ClientSettings,
): ClientCore<Paths, Kinds, ManagedHeaders<H, I>, ExtraOf<I>> {
  const checked = checkConfig(config)
  const { vendor, table, kinds, headers, sign, signedHeaders } = checked
  const baseUrl = checkBaseUrl(vendor, settings.baseUrl ?? checked.baseUrl)
  const idem = checked.idempotency
  const make = idem?.make ?? (() => crypto.randomUUID())
  const managed = new Set(
    [...headers.map(([n]) => n), ...signedHeaders, ...(idem ? [idem.header] : []), 'content-type', 'content-length'].map((n) =>
      n.toLowerCase(),
    ),
  )
  const ctx: RequestContext = {
    vendor,
    table,
    baseUrl,
    operationBases: operationBases(vendor, table, settings.baseUrl !== undefined || checked.baseUrlGiven),
    headers,
    managed,
  }
  const transport: Transport = { fetch: settings.fetch, streamBodies: supportsStreamBodies(), sign, now: settings.now }
  const hooks = { sleep: settings.sleep, random: settings.random, now: settings.now, logger: settings.logger }
  const callKeys = ['params', 'body', ...(idem ? ['idempotencyKey'] : [])]

  /** The idempotency header and key of a call, if it takes one; a key given to a safe method is bad input. */
  const keyFor = (method: string, given: unknown): readonly [string, string] | undefined => {
    if (idem === undefined) return undefined
    if (!takesIdempotencyKey(method)) {
      if (given !== undefined) throw new RequestProblem(`idempotencyKey applies to methods that change state; ${method} takes none`)
      return undefined
    }
    return [idem.header, idempotencyKey(given, make)]
  }

  const invoke: Invoke = async (method, path, parts, options) => {
    const started = performance.now()
    let prepared: Prepared | Failure
    try {
      const state = signalState(options.signal)
      if (state.aborted) return { error: abortedBy(state.reason), response: undefined, attempts: 0 }
      const key = keyFor(typeof method === 'string' ? method.toUpperCase() : '', parts.idempotencyKey)
      const built = buildRequest(ctx, method, path, { params: parts.params, body: parts.body, ...(key && { idempotency: key }) })
      // Only a body that must be read first (multipart, a Blob) makes the build wait, and then it is bounded.
      prepared = built instanceof Promise ? await buildBounded(built, options, started) : built
    } catch (e) {
      if (e instanceof HookFailure)
        return { error: { kind: 'hook_failed', hook: e.hook, cause: e.cause, message: e.message }, response: undefined, attempts: 0 }
      return invalid(
        e instanceof RequestProblem ? e.message : `the request could not be built: ${e instanceof Error ? e.message : String(e)}`,
      )
    }
    if ('kind' in prepared) return { error: prepared, response: undefined, attempts: 0 }
    const outcome = await runAttempts({ prepared, transport, limits: options.limits, hooks, signal: options.signal, started })
    return toResult(outcome, prepared.method, table, kinds)
  }
  const readOptions = (input: unknown, extra: readonly string[]): CallSettings | string => readCallOptions(input, settings.limits, extra)
  const call = async (method: unknown, path: unknown, init?: unknown): Promise<Result<unknown, ClientError>> => {
    const read = readOptions(init, callKeys)
    if (typeof read === 'string') return invalid(read)
    return invoke(method, path, read.extra, read)
  }
  const api = createAuthedApi<WithClientHeaders<Paths, ManagedHeaders<H, I>>>(
    {
      vendor,
      baseUrl,
      headers,
      table,
      idempotency: idem && { header: idem.header, make: () => idempotencyKey(undefined, make) },
      operationBases: ctx.operationBases,
    },
    transport,
  )
  return { call: call as unknown as TypedCall<Paths, Kinds, ManagedHeaders<H, I>, ExtraOf<I>>, api, invoke, readOptions }
}

/**
 * A typed client for any spec in the pipeline. Throws a TypeError at creation
 * for bad options or config; its calls never reject.
 *
 * ```ts
 * const kinds = { 404: 'not_found' } as const satisfies ErrorKindMap<paths>
 * const acme = createApiClient({ vendor: 'Acme', table, kinds, baseUrl: 'https://api.acme.example', auth: { headers: { 'X-Api-Key': key } } })
 * ```
 */
export function createApiClient<
  Paths extends {},
  const Kinds extends ErrorKindMap<Paths> & CheckedKinds<Paths, Kinds>,
  H extends string = never,
  I extends string = never,
>(config: ApiClientConfig<Paths, Kinds, H, I>, options?: ClientOptions): ApiClient<Paths, Kinds, ManagedHeaders<H, I>, ExtraOf<I>> {
  // The name for option errors; the config itself is checked, once, by createClientCore.
  const named = typeof config === 'object' && config !== null && typeof config.vendor === 'string' && config.vendor !== ''
  const { call, api } = createClientCore(config, readClientOptions(named ? config.vendor : 'createApiClient', options).settings)
  return { call, api }
}
