/**
 * A call, validated and built once: the operation it names, its URL, its
 * headers and the exact bytes of its body. Attempts only sign and send what
 * this returns. Anything wrong is a RequestProblem, and nothing is sent.
 */
import { checksSchema, serialiseBody } from './media.js'
import { applyHeaderParams, buildPath, buildQuery } from './params.js'
import { RequestProblem } from './problem.js'
import { schemaProblem } from './schema.js'
import { type Operation, requestMedia, type Table } from './table.js'

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

const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'])
const PARAM_PLACES = new Set(['path', 'query', 'header', 'cookie'])

function operationOf(ctx: RequestContext, method: unknown, path: unknown): { method: string; operation: Operation } {
  const upper = typeof method === 'string' ? method.toUpperCase() : ''
  if (!METHODS.has(upper)) throw new RequestProblem(`method must be one of ${[...METHODS].join(', ')}, got ${JSON.stringify(method)}`)
  if (typeof path !== 'string') throw new RequestProblem(`path must be a path template of the ${ctx.vendor} spec, got ${typeof path}`)
  const operation = ctx.table.operations[`${upper} ${path}`]
  if (operation !== undefined) return { method: upper, operation }
  const others = [...METHODS].filter((m) => ctx.table.operations[`${m} ${path}`] !== undefined)
  const hint = others.length > 0 ? `; ${path} takes ${others.join(', ')}` : ''
  throw new RequestProblem(`the ${ctx.vendor} spec has no operation ${upper} ${JSON.stringify(path)}${hint}`)
}

function paramsOf(params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {}
  if (typeof params !== 'object' || Array.isArray(params))
    throw new RequestProblem('params must be an object { path, query, header, cookie }')
  for (const key of Object.keys(params)) {
    if (!PARAM_PLACES.has(key)) throw new RequestProblem(`params.${key} is not a parameter location (path, query, header or cookie)`)
  }
  return params as Record<string, unknown>
}

async function bodyOf(
  ctx: RequestContext,
  method: string,
  operation: Operation,
  body: unknown,
  headers: Headers,
): Promise<Uint8Array | null> {
  const carries = method !== 'GET' && method !== 'HEAD'
  const request = operation.request
  if (body === undefined) {
    if (request?.required === true) throw new RequestProblem('body is required by this operation')
    // An empty body still goes out as a stream that fetch cannot replay (see attempt.ts).
    return carries ? new Uint8Array(0) : null
  }
  if (request === undefined || !carries) throw new RequestProblem(`${method} takes no request body here; remove body`)
  const media = requestMedia(request.content) ?? 'application/json'
  const schema = request.content[media]
  if (schema !== undefined && schema !== null && checksSchema(media, body)) {
    const problem = schemaProblem(body, schema, { schemas: ctx.table.schemas, direction: 'request' })
    if (problem !== undefined) throw new RequestProblem(problem)
  }
  const serialised = await serialiseBody(body, media)
  headers.set('content-type', serialised.contentType)
  return serialised.bytes
}

/** Validates and builds one call. Rejects with a RequestProblem for bad input. */
export async function buildRequest(ctx: RequestContext, method: unknown, path: unknown, parts: BuildParts): Promise<Prepared> {
  const op = operationOf(ctx, method, path)
  const params = paramsOf(parts.params)
  const template = path as string
  const query = buildQuery(params.query, op.operation.query)
  const url = `${ctx.baseUrl}${buildPath(template, params.path)}${query === '' ? '' : `?${query}`}`
  const headers = new Headers(ctx.headers as [string, string][])
  for (const [name, value] of Object.entries(op.operation.headers ?? {})) headers.set(name, value)
  applyHeaderParams(headers, params, ctx.managed)
  if (parts.idempotency !== undefined) headers.set(parts.idempotency[0], parts.idempotency[1])
  const body = await bodyOf(ctx, op.method, op.operation, parts.body, headers)
  return { method: op.method, template, url, headers, body, operation: op.operation }
}
