/**
 * A call, validated and built once: the operation it names, its URL, its
 * headers and the exact bytes of its body. Attempts only sign and send what
 * this returns. Anything wrong is a RequestProblem, and nothing is sent.
 */
import { checksSchema, type SerialisedBody, serialiseBody } from './media.js'
import { carriesBody, SENDABLE_METHODS } from './methods.js'
import { checkBaseUrl } from './options.js'
import { applyHeaderParams, buildPath, buildQuery } from './params.js'
import { RequestProblem } from './problem.js'
import { schemaProblem } from './schema.js'
import { mediaKind, type Operation, requestMedia, type Schema, type Table } from './table.js'

export interface Prepared {
  /** Uppercase. */
  readonly method: string
  /** The spec's path template, for logs. */
  readonly template: string
  readonly url: string
  /** Sent by every attempt; a signing client adds each attempt's signature to a copy. */
  readonly headers: Headers
  /** The exact bytes sent; null for GET and HEAD, which carry none. */
  readonly body: Uint8Array | null
  readonly operation: Operation
}

export interface RequestContext {
  readonly vendor: string
  readonly table: Table
  /** Checked at creation: http(s), no query, fragment or credentials, no trailing slash. */
  readonly baseUrl: string
  /** The operations that go to their own server (./request.ts operationBases). */
  readonly operationBases: OperationBases
  /** Sent with every request: a header-auth client's credentials. */
  readonly headers: readonly (readonly [string, string])[]
  /** Lowercase names of the headers the client sets, refused in `params.header`. */
  readonly managed: ReadonlySet<string>
}

export interface BuildParts {
  params?: unknown
  body?: unknown
  /** Already checked; set for methods other than GET, HEAD, OPTIONS and TRACE. */
  idempotency?: readonly [header: string, key: string]
}

const PARAM_PLACES = new Set(['path', 'query', 'header', 'cookie'])
const decoder = new TextDecoder()

function operationOf(ctx: RequestContext, method: unknown, path: unknown): { method: string; operation: Operation } {
  const upper = typeof method === 'string' ? method.toUpperCase() : ''
  if (typeof path !== 'string') throw new RequestProblem(`path must be a path template of the ${ctx.vendor} spec, got ${typeof path}`)
  const lookup = (m: string): Operation | undefined => {
    const key = `${m} ${path}`
    return Object.hasOwn(ctx.table.operations, key) ? ctx.table.operations[key] : undefined
  }
  if (upper === 'TRACE' || upper === 'CONNECT')
    throw new RequestProblem(`fetch cannot send ${upper} (a forbidden method in the Fetch standard)`)
  if (!SENDABLE_METHODS.includes(upper)) {
    throw new RequestProblem(`method must be one of ${SENDABLE_METHODS.join(', ')}, got ${JSON.stringify(method)}`)
  }
  const operation = lookup(upper)
  if (operation !== undefined) return { method: upper, operation }
  const others = SENDABLE_METHODS.filter((m) => lookup(m) !== undefined)
  const hint = others.length > 0 ? `; ${path} takes ${others.join(', ')}` : ''
  throw new RequestProblem(`the ${ctx.vendor} spec has no operation ${upper} ${JSON.stringify(path)}${hint}`)
}

/** The call's params, own locations only, in a record without a prototype. */
function paramsOf(params: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null)
  if (params === undefined || params === null) return out
  if (typeof params !== 'object' || Array.isArray(params))
    throw new RequestProblem('params must be an object { path, query, header, cookie }')
  for (const key of Object.keys(params)) {
    if (!PARAM_PLACES.has(key)) throw new RequestProblem(`params.${key} is not a parameter location (path, query, header or cookie)`)
    out[key] = (params as Record<string, unknown>)[key]
  }
  return out
}

/** The value the server will parse from the bytes sent: what the schema check must see (a toJSON, a NaN, are already applied). */
function sentValue(kind: string, body: unknown, bytes: Uint8Array): unknown {
  return kind === 'json' ? JSON.parse(decoder.decode(bytes)) : body
}

/** The serialised body, checked as the server will parse it, with its Content-Type set. */
function checkedBody(
  ctx: RequestContext,
  body: unknown,
  schema: Schema | null | undefined,
  serialised: SerialisedBody,
  headers: Headers,
): Uint8Array {
  const kind = mediaKind(serialised.contentType)
  if (schema !== undefined && schema !== null && checksSchema(kind, body)) {
    const problem = schemaProblem(sentValue(kind, body, serialised.bytes), schema, { schemas: ctx.table.schemas, direction: 'request' })
    if (problem !== undefined) throw new RequestProblem(problem)
  }
  headers.set('content-type', serialised.contentType)
  return serialised.bytes
}

/** The exact body bytes; a promise only for what must be read first (multipart, a Blob). */
function bodyOf(
  ctx: RequestContext,
  method: string,
  operation: Operation,
  body: unknown,
  headers: Headers,
): Uint8Array | null | Promise<Uint8Array> {
  const carries = carriesBody(method)
  const request = operation.request
  if (body === undefined) {
    if (request?.required === true) throw new RequestProblem('body is required by this operation')
    // An empty body still goes out as a stream that fetch cannot replay (see attempt.ts).
    return carries ? new Uint8Array(0) : null
  }
  if (request === undefined || !carries) throw new RequestProblem(`${method} takes no request body here; remove body`)
  const declared = requestMedia(request.content, body) ?? 'application/json'
  const schema = request.content[declared]
  const serialised = serialiseBody(body, declared, request.encoding?.[declared])
  return serialised instanceof Promise
    ? serialised.then((s) => checkedBody(ctx, body, schema, s, headers))
    : checkedBody(ctx, body, schema, serialised, headers)
}

/**
 * The headers of a call, lowest precedence first: the spec's defaults for
 * required header parameters (OneKey's Content-Type), the credentials, the
 * caller's header parameters (never a managed one), the idempotency key.
 */
function headersOf(ctx: RequestContext, operation: Operation, params: Record<string, unknown>, parts: BuildParts): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(operation.defaults?.header ?? {})) headers.set(name, value)
  for (const [name, value] of ctx.headers) headers.set(name, value)
  applyHeaderParams(headers, params, ctx.managed, operation.header)
  if (parts.idempotency !== undefined) headers.set(parts.idempotency[0], parts.idempotency[1])
  return headers
}

/** The caller's query parameters, with the spec's defaults for required ones the call leaves out. */
function withDefaults(query: unknown, defaults: { readonly [name: string]: string } | undefined): unknown {
  if (defaults === undefined || (query !== undefined && (typeof query !== 'object' || query === null))) return query
  const given = (query ?? {}) as Record<string, unknown>
  const missing = Object.entries(defaults).filter(([name]) => !Object.hasOwn(given, name) || given[name] === undefined)
  return missing.length === 0 ? query : { ...given, ...Object.fromEntries(missing) }
}

/** Each operation's own first server, keyed "METHOD /path", as its base URL, or why it cannot be one. */
export type OperationBases = ReadonlyMap<string, { readonly url: string } | { readonly problem: string }>

/**
 * The operations whose own servers (or their path item's) are their base URL:
 * none when the caller gave a base URL, else each that declares one, checked
 * once, at creation. A server that cannot be called makes that operation's
 * calls `invalid_request`, not the whole client unusable.
 */
export function operationBases(vendor: string, table: Table, baseUrlGiven: boolean): OperationBases {
  const out = new Map<string, { url: string } | { problem: string }>()
  if (baseUrlGiven) return out
  for (const [key, operation] of Object.entries(table.operations)) {
    const own = operation.servers?.[0]
    if (own === undefined) continue
    try {
      out.set(key, { url: checkBaseUrl(vendor, own) })
    } catch (e) {
      out.set(key, { problem: `the operation's server cannot be called: ${e instanceof Error ? e.message : String(e)}` })
    }
  }
  return out
}

/** The base URL of a call: the operation's own, where it has one, else the client's. */
function baseOf(ctx: RequestContext, key: string): string {
  const own = ctx.operationBases.get(key)
  if (own === undefined) return ctx.baseUrl
  if ('problem' in own) throw new RequestProblem(own.problem)
  return own.url
}

/**
 * Validates and builds one call; a promise only when the body must be read
 * first (multipart, a Blob), so the usual call builds without waiting.
 * Throws (or rejects with) a RequestProblem for bad input.
 */
export function buildRequest(ctx: RequestContext, method: unknown, path: unknown, parts: BuildParts): Prepared | Promise<Prepared> {
  const op = operationOf(ctx, method, path)
  const params = paramsOf(parts.params)
  const template = path as string
  const query = buildQuery(withDefaults(params.query, op.operation.defaults?.query), op.operation.query)
  const url = `${baseOf(ctx, `${op.method} ${template}`)}${buildPath(template, params.path, op.operation.path)}${query === '' ? '' : `?${query}`}`
  const headers = headersOf(ctx, op.operation, params, parts)
  const prepared = (body: Uint8Array | null): Prepared => ({ method: op.method, template, url, headers, body, operation: op.operation })
  const body = bodyOf(ctx, op.method, op.operation, parts.body, headers)
  return body instanceof Promise ? body.then(prepared) : prepared(body)
}
