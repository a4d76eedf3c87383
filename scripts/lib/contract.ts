/**
 * The contract summary of a spec: everything a user of this package relies
 * on. Operations with their operationIds, parameters (schema and how they go
 * on the wire), request bodies and responses by status and media type,
 * declared response headers; component schemas once each, by name; and the
 * names of the other components, which also appear in generated/. Pure: no I/O.
 */
import { carriesBytes, isBinaryString } from './binary-strings.js'
import { directRefs, type Shape, type ShapeContext, shapeContext, toShape } from './contract-schema.js'
import { sentDefault } from './param-default.js'
import { serverList } from './runtime-schema.js'
import { sha256 } from './sha256.js'
import { isObject, type Json, METHODS, resolveRef } from './spec-refs.js'

export interface ParameterContract {
  required: boolean
  /** The effective serialisation: the declared style/explode, or the defaults for where the parameter goes. */
  style: string
  explode: boolean
  schema: Shape | null
  /** What the client sends when a call leaves the parameter out (./param-default.ts); such a parameter is optional for the caller. */
  sends?: string
  /** A query parameter whose reserved characters go unencoded. */
  allowReserved?: true
}

/** Media type → schema (null when the media type declares none), in declared order. */
export type ContentContract = Record<string, Shape | null>

export interface ResponseContract {
  content: ContentContract
  headers: Record<string, { required: boolean; schema: Shape | null }>
}

export interface OperationContract {
  operationId: string | null
  /** Keyed "in name", e.g. "query status". */
  parameters: Record<string, ParameterContract>
  requestBody: { required: boolean; content: ContentContract; encoding?: Record<string, Json> } | null
  responses: Record<string, ResponseContract>
  /** The operation's own servers (or its path item's), as the client reads them: the first is its base URL when the caller gives none. */
  servers?: string[]
}

export interface ApiContract {
  servers: string[]
  /** Keyed "METHOD /path". */
  operations: Record<string, OperationContract>
  /** components.schemas, each normalised once. */
  schemas: Record<string, Shape>
  /** The other component kinds: name → sha256 of the definition (to tell a rename from a removal). */
  components: Record<string, Record<string, string>>
}

const DEFAULT_STYLE: Record<string, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' }
const OTHER_COMPONENTS = ['responses', 'parameters', 'requestBodies', 'headers', 'pathItems'] as const

/**
 * In a request body that is not JSON (multipart, a form), a binary string is
 * bytes to the generated types (`Blob | Uint8Array`, scripts/lib/pipeline.ts):
 * summarised as its own type, so that gaining or losing `format: binary` is a
 * type change, not a format one.
 */
function bytesAsType(shape: Shape, depth = 0): Shape {
  if (depth > 64) return shape
  let out = shape
  if (isBinaryString(out) && out.type?.includes('string')) {
    const { format: _, contentMediaType: __, ...rest } = out
    out = { ...rest, type: out.type.map((t) => (t === 'string' ? 'binary' : t)) }
  }
  const child = (s: Shape): Shape => bytesAsType(s, depth + 1)
  if (out.items !== undefined) out = { ...out, items: child(out.items) }
  if (out.properties !== undefined)
    out = { ...out, properties: Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, child(v)])) }
  if (typeof out.additionalProperties === 'object') out = { ...out, additionalProperties: child(out.additionalProperties) }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = out[key]
    if (parts !== undefined) out = { ...out, [key]: parts.map(child) }
  }
  return out
}

function summariseContent(ctx: ShapeContext, content: unknown, request = false): ContentContract {
  if (!isObject(content)) return {}
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => {
      const shape = isObject(media) && media.schema !== undefined ? toShape(ctx, media.schema) : null
      const bytes = request && shape !== null && carriesBytes(type)
      return [type, bytes ? bytesAsType(shape) : shape]
    }),
  )
}

function summariseParameter(ctx: ShapeContext, p: Json): ParameterContract {
  const where = String(p.in)
  const style = typeof p.style === 'string' ? p.style : (DEFAULT_STYLE[where] ?? 'simple')
  const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form'
  const sends = sentDefault(p)
  const out: ParameterContract = {
    required: p.required === true,
    style,
    explode,
    schema: p.schema === undefined ? null : toShape(ctx, p.schema),
  }
  if (sends !== undefined) out.sends = sends
  if (where === 'query' && p.allowReserved === true) out.allowReserved = true
  return out
}

/** A form or multipart body's field encodings (style, explode, contentType), by media type: how the client puts fields on the wire. */
function summariseEncoding(content: unknown): Record<string, Json> | undefined {
  if (!isObject(content)) return undefined
  const out: Record<string, Json> = {}
  for (const [media, value] of Object.entries(content)) {
    if (isObject(value) && isObject(value.encoding) && Object.keys(value.encoding).length > 0) out[media] = value.encoding
  }
  return Object.keys(out).length > 0 ? out : undefined
}

function summariseResponse(ctx: ShapeContext, raw: unknown): ResponseContract {
  const res = resolveRef(ctx.spec, raw).node
  const headers: ResponseContract['headers'] = {}
  const declared = isObject(res) && isObject(res.headers) ? res.headers : {}
  for (const [name, h] of Object.entries(declared)) {
    const header = resolveRef(ctx.spec, h).node
    if (!isObject(header)) continue
    headers[name] = { required: header.required === true, schema: header.schema === undefined ? null : toShape(ctx, header.schema) }
  }
  return { content: summariseContent(ctx, isObject(res) ? res.content : undefined), headers }
}

function summariseOperation(ctx: ShapeContext, pathItem: Json, op: Json): OperationContract {
  const parameters: Record<string, ParameterContract> = {}
  const listed = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(op.parameters) ? op.parameters : []),
  ]
  for (const p of listed.map((x) => resolveRef(ctx.spec, x).node)) {
    if (isObject(p)) parameters[`${String(p.in)} ${String(p.name)}`] = summariseParameter(ctx, p)
  }
  const body = resolveRef(ctx.spec, op.requestBody).node
  const encoding = isObject(body) ? summariseEncoding(body.content) : undefined
  const requestBody = isObject(body)
    ? { required: body.required === true, content: summariseContent(ctx, body.content, true), ...(encoding && { encoding }) }
    : null
  const responses: Record<string, ResponseContract> = {}
  const declared = isObject(op.responses) ? op.responses : {}
  for (const status of Object.keys(declared).sort()) responses[status] = summariseResponse(ctx, declared[status])
  const servers = serverList(Array.isArray(op.servers) ? op.servers : pathItem.servers)
  return {
    operationId: typeof op.operationId === 'string' ? op.operationId : null,
    parameters,
    requestBody,
    responses,
    ...(servers.length > 0 && { servers }),
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'null'
}

/** Summarises a parsed OpenAPI 3.x document. */
export function summariseSpec(spec: Json): ApiContract {
  const ctx = shapeContext(spec)
  const operations: Record<string, OperationContract> = {}
  const paths = isObject(spec.paths) ? spec.paths : {}
  for (const path of Object.keys(paths).sort()) {
    const item = resolveRef(spec, paths[path]).node
    if (!isObject(item)) continue
    for (const method of METHODS) {
      const op = item[method]
      if (isObject(op)) operations[`${method.toUpperCase()} ${path}`] = summariseOperation(ctx, item, op)
    }
  }
  const components = isObject(spec.components) ? spec.components : {}
  const declaredSchemas = isObject(components.schemas) ? components.schemas : {}
  const schemas = Object.fromEntries(
    Object.keys(declaredSchemas)
      .sort()
      .map((name) => [name, toShape(ctx, declaredSchemas[name])]),
  )
  const others: ApiContract['components'] = {}
  for (const kind of OTHER_COMPONENTS) {
    const named = components[kind]
    if (!isObject(named) || Object.keys(named).length === 0) continue
    others[kind] = Object.fromEntries(
      Object.keys(named)
        .sort()
        .map((n) => [n, sha256(canonical(named[n]))]),
    )
  }
  // As the client reads them (variables set to their defaults): the first is its default base URL.
  const servers = serverList(spec.servers)
  return { servers, operations, schemas, components: others }
}

export type Direction = 'request' | 'response'

/** Every shape of an operation, with the direction it travels in. */
export function operationShapes(op: OperationContract): { direction: Direction; shape: Shape }[] {
  const out: { direction: Direction; shape: Shape }[] = []
  const add = (direction: Direction, shape: Shape | null): void => {
    if (shape !== null) out.push({ direction, shape })
  }
  for (const p of Object.values(op.parameters)) add('request', p.schema)
  for (const s of Object.values(op.requestBody?.content ?? {})) add('request', s)
  for (const r of Object.values(op.responses)) {
    for (const s of Object.values(r.content)) add('response', s)
    for (const h of Object.values(r.headers)) add('response', h.schema)
  }
  return out
}

/** For each component schema, the operations that reach it (through any chain of references) and in which directions. */
export function schemaUsage(contract: ApiContract): Map<string, Map<string, Set<Direction>>> {
  const closure = new Map<string, Set<string>>()
  const reach = (name: string): Set<string> => {
    const known = closure.get(name)
    if (known !== undefined) return known
    const out = new Set<string>([name])
    const queue = [name]
    for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
      const shape = contract.schemas[at]
      if (shape === undefined) continue
      for (const next of directRefs(shape)) {
        if (out.has(next)) continue
        const done = closure.get(next)
        if (done !== undefined) for (const n of done) out.add(n)
        else queue.push(next)
        out.add(next)
      }
    }
    closure.set(name, out)
    return out
  }
  const usage = new Map<string, Map<string, Set<Direction>>>()
  for (const [key, op] of Object.entries(contract.operations)) {
    for (const { direction, shape } of operationShapes(op)) {
      for (const ref of directRefs(shape)) {
        for (const name of reach(ref)) {
          const byOp = usage.get(name) ?? new Map<string, Set<Direction>>()
          usage.set(name, byOp.set(key, (byOp.get(key) ?? new Set()).add(direction)))
        }
      }
    }
  }
  return usage
}
