/**
 * The part of a spec the clients need at run time, which types cannot give
 * them: for each operation, its request media types and body schema, the
 * query parameters' non-default styles, and its declared responses (exact
 * status, `NXX` range or `default`) with a schema per media type.
 *
 * Schemas are pruned to what a shape check uses. A schema reached through a
 * `$ref` is emitted once, in `schemas`, and referred to by key, so the table
 * grows with the spec, not with its `$ref` fan-out. Pure: no I/O.
 */
import { withAllOfRequiredFilled } from './allof-required.js'
import { sentDefault } from './param-default.js'
import { isObject, type Json, METHODS } from './spec-refs.js'

export type RuntimeSchema = Json | boolean

export type RuntimeContent = Record<string, RuntimeSchema | null>

/** A form or multipart field's encoding: its part's Content-Type, and for an object or array, its style. */
export interface RuntimeEncoding {
  contentType?: string
  style?: string
  explode?: boolean
}

export interface RuntimeOperation {
  request?: { required: boolean; content: RuntimeContent; encoding?: Record<string, Record<string, RuntimeEncoding>> }
  /** Required header and query parameters with a default, sent as the default when the call gives none. */
  defaults?: Record<string, Record<string, string>>
  path?: Record<string, Json>
  query?: Record<string, Json>
  header?: Record<string, Json>
  servers?: string[]
  responses: Record<string, RuntimeContent | null>
}

export interface RuntimeTable {
  /** The spec's server URLs, variables given their defaults: the first is the client's default base URL. */
  servers: string[]
  schemas: Record<string, RuntimeSchema>
  operations: Record<string, RuntimeOperation>
}

/** Keywords a shape check reads. Everything else (descriptions, examples, formats, bounds) is dropped. */
const SCALARS = ['type', 'enum', 'required'] as const
const FLAGS = ['readOnly', 'writeOnly'] as const
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const
const COMPONENT_SCHEMA = '#/components/schemas/'

interface Walk {
  spec: Json
  openapi31: boolean
  schemas: Record<string, RuntimeSchema>
}

/** A record keyed by names from the spec: no prototype, so a component called __proto__ or constructor is an ordinary key. */
const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1')
const unescapePointer = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~')

function at(spec: Json, pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .map(unescapePointer)
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined), spec)
}

/** The key a shared schema is stored under: its component name, or its pointer for any other location. */
function sharedKey(pointer: string): string {
  const name = pointer.slice(COMPONENT_SCHEMA.length)
  return pointer.startsWith(COMPONENT_SCHEMA) && !name.includes('/') ? unescapePointer(name) : pointer.slice(1)
}

/** Follows `$ref`s from a non-schema node (response, request body, parameter), up to a cycle. */
function deref(w: Walk, node: unknown, pointer: string): { node: unknown; pointer: string; viaRef: boolean } {
  let viaRef = false
  const seen = new Set<string>()
  while (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !seen.has(node.$ref)) {
    seen.add(node.$ref)
    pointer = node.$ref
    node = at(w.spec, pointer)
    viaRef = true
  }
  return { node, pointer, viaRef }
}

/** Registers the schema at `pointer` in the shared table (once) and returns a reference to it. */
function shared(w: Walk, pointer: string): Json {
  const key = sharedKey(pointer)
  if (!Object.hasOwn(w.schemas, key)) {
    w.schemas[key] = {} // reserved first: a recursive schema refers to itself
    w.schemas[key] = schema(w, at(w.spec, pointer), pointer)
  }
  return { $ref: key }
}

/** A discriminator's property and its mapping, each value a key of the shared table. */
function discriminatorOf(w: Walk, node: unknown): Json | undefined {
  if (!isObject(node) || typeof node.propertyName !== 'string') return undefined
  const mapping = isObject(node.mapping) ? node.mapping : {}
  const targets = Object.entries(mapping).flatMap(([value, target]) => {
    if (typeof target !== 'string') return []
    const pointer = target.startsWith('#/') ? target : `${COMPONENT_SCHEMA}${escapePointer(target)}`
    return [[value, (shared(w, pointer) as { $ref: string }).$ref] as const]
  })
  return { propertyName: node.propertyName, ...(targets.length > 0 && { mapping: Object.fromEntries(targets) }) }
}

/** A schema reduced to what shape checks need. `$ref`s become references into the shared table. */
function schema(w: Walk, node: unknown, pointer: string): RuntimeSchema {
  if (typeof node === 'boolean') return node
  if (!isObject(node)) return {}
  const out: Json = {}
  if (typeof node.$ref === 'string') {
    if (!node.$ref.startsWith('#/')) return {} // an external reference cannot be checked here
    Object.assign(out, shared(w, node.$ref))
    if (!w.openapi31) return out // OpenAPI 3.0 ignores a $ref's siblings
  }
  for (const key of SCALARS) if (node[key] !== undefined) out[key] = node[key]
  for (const key of FLAGS) if (node[key] === true) out[key] = true
  // 3.0's nullable; a 3.1 spec that still says it is honoured too, as openapi-typescript types it.
  if (node.nullable === true) out.nullable = true
  if (Object.hasOwn(node, 'const')) out.const = node.const
  if (isObject(node.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, child]) => [name, schema(w, child, `${pointer}/properties/${escapePointer(name)}`)]),
    )
  }
  if (isObject(node.patternProperties)) {
    out.patternProperties = Object.fromEntries(
      Object.entries(node.patternProperties).map(([re, child]) => [
        re,
        schema(w, child, `${pointer}/patternProperties/${escapePointer(re)}`),
      ]),
    )
  }
  const discriminator = discriminatorOf(w, node.discriminator)
  if (discriminator !== undefined) out.discriminator = discriminator
  const extra = node.additionalProperties
  if (extra === false || (isObject(extra) && Object.keys(extra).length > 0)) {
    out.additionalProperties = schema(w, extra, `${pointer}/additionalProperties`)
  }
  if (node.items !== undefined) out.items = schema(w, node.items, `${pointer}/items`)
  for (const key of LISTS) {
    const parts = node[key]
    if (Array.isArray(parts)) out[key] = parts.map((part, i) => schema(w, part, `${pointer}/${key}/${i}`))
  }
  return out
}

/** A media type map's schemas; inside something reached by `$ref`, every schema is shared. */
function content(w: Walk, node: unknown, pointer: string, viaRef: boolean): RuntimeContent | null {
  if (!isObject(node) || !isObject(node.content)) return null
  const out = dict<RuntimeSchema | null>()
  for (const [media, value] of Object.entries(node.content)) {
    const at = `${pointer}/content/${escapePointer(media)}/schema`
    const given = isObject(value) ? value.schema : undefined
    const inlineUnderRef = viaRef && isObject(given) && typeof given.$ref !== 'string'
    out[media] = given === undefined ? null : inlineUnderRef ? shared(w, at) : schema(w, given, at)
  }
  return out
}

/**
 * Path or query parameters whose serialisation differs from the default:
 * `style: simple, explode: false` in a path, `style: form, explode: true` in
 * a query. An operation's parameter overrides the path item's of the same name.
 */
function paramStyles(
  w: Walk,
  parameters: unknown[],
  pointer: string,
  where: 'path' | 'query' | 'header',
): Record<string, Json> | undefined {
  const defaultStyle = where === 'query' ? 'form' : 'simple'
  const styles = dict<Json>()
  parameters.forEach((raw, i) => {
    const { node: p } = deref(w, raw, `${pointer}/${i}`)
    if (!isObject(p) || p.in !== where || typeof p.name !== 'string') return
    const style: Json = {}
    const name = typeof p.style === 'string' ? p.style : defaultStyle
    // explode defaults to true for style form and false for every other style, as OpenAPI says.
    const explode = typeof p.explode === 'boolean' ? p.explode : name === 'form'
    if (name !== defaultStyle) style.style = name
    if (explode !== (name === 'form')) style.explode = explode
    if (where === 'query' && p.allowReserved === true) style.allowReserved = true
    if (Object.keys(style).length > 0) styles[p.name] = style
    else delete styles[p.name]
  })
  return Object.keys(styles).length > 0 ? styles : undefined
}

/**
 * Required header and query parameters the client sends a default for
 * (./param-default.ts), by location and name.
 */
function paramDefaults(w: Walk, parameters: unknown[], pointer: string): Record<string, Record<string, string>> | undefined {
  const out: Record<string, Record<string, string>> = { header: dict(), query: dict() }
  parameters.forEach((raw, i) => {
    const { node: p } = deref(w, raw, `${pointer}/${i}`)
    if (!isObject(p) || (p.in !== 'header' && p.in !== 'query') || typeof p.name !== 'string') return
    const bucket = out[p.in] as Record<string, string>
    const value = sentDefault(p)
    if (value !== undefined) bucket[p.name] = value
    else delete bucket[p.name]
  })
  const kept = Object.entries(out).filter(([, v]) => Object.keys(v).length > 0)
  return kept.length > 0 ? Object.fromEntries(kept) : undefined
}

/** A field's encoding as declared, or its schema's `contentMediaType` (3.1) as its part's Content-Type. */
function fieldEncoding(w: Walk, declared: unknown, property: unknown): RuntimeEncoding | undefined {
  const out: RuntimeEncoding = {}
  const e = isObject(declared) ? declared : {}
  const { node: schema } = deref(w, property, '')
  if (typeof e.contentType === 'string') out.contentType = e.contentType.split(',')[0]?.trim() ?? e.contentType
  else if (isObject(schema) && typeof schema.contentMediaType === 'string') out.contentType = schema.contentMediaType
  if (typeof e.style === 'string') out.style = e.style
  if (typeof e.explode === 'boolean') out.explode = e.explode
  return Object.keys(out).length > 0 ? out : undefined
}

/** The encodings of a request body's form and multipart media types, by field; undefined when there are none. */
function encodings(w: Walk, body: Json): Record<string, Record<string, RuntimeEncoding>> | undefined {
  const out = dict<Record<string, RuntimeEncoding>>()
  for (const [media, value] of Object.entries(isObject(body.content) ? body.content : {})) {
    if (!isObject(value) || !/^(multipart\/|application\/x-www-form-urlencoded)/i.test(media)) continue
    const declared = isObject(value.encoding) ? value.encoding : {}
    const { node: schema } = deref(w, value.schema, '')
    const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {}
    const fields = dict<RuntimeEncoding>()
    for (const name of [...new Set([...Object.keys(declared), ...Object.keys(properties)])].sort()) {
      const encoding = fieldEncoding(w, declared[name], properties[name])
      if (encoding !== undefined) fields[name] = encoding
    }
    if (Object.keys(fields).length > 0) out[media] = fields
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** One operation. `shared`: it lives in a path item reached by `$ref`, which other paths may share too. */
function operation(w: Walk, item: Json, op: Json, pointer: string, itemPointer: string, shared: boolean): RuntimeOperation {
  const out: RuntimeOperation = { responses: dict() }
  const body = deref(w, op.requestBody, `${pointer}/requestBody`)
  const encoding = isObject(body.node) ? encodings(w, body.node) : undefined
  const request = isObject(body.node)
    ? {
        required: body.node.required === true,
        content: content(w, body.node, body.pointer, shared || body.viaRef) ?? {},
        ...(encoding && { encoding }),
      }
    : undefined
  const params = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])]
  const path = paramStyles(w, params, `${itemPointer}/parameters`, 'path')
  const query = paramStyles(w, params, `${itemPointer}/parameters`, 'query')
  const header = paramStyles(w, params, `${itemPointer}/parameters`, 'header')
  // An operation's own servers, else its path item's (Stripe's file uploads go to another host).
  const servers = serverList(Array.isArray(op.servers) ? op.servers : item.servers)
  const defaults = paramDefaults(w, params, `${itemPointer}/parameters`)
  const responses = isObject(op.responses) ? op.responses : {}
  for (const [status, raw] of Object.entries(responses)) {
    const res = deref(w, raw, `${pointer}/responses/${escapePointer(status)}`)
    const key = /^[1-5]xx$/i.test(status) ? status.toUpperCase() : status
    out.responses[key] = content(w, res.node, res.pointer, shared || res.viaRef)
  }
  return {
    ...(request && { request }),
    ...(defaults && { defaults }),
    ...(path && { path }),
    ...(query && { query }),
    ...(header && { header }),
    ...(servers.length > 0 && { servers }),
    responses: out.responses,
  }
}

/** Keys of `operations` are "METHOD /path". */
export function runtimeTable(document: Json): RuntimeTable {
  // An allOf part that only requires names its siblings declare is checked with their schemas (readOnly, writeOnly).
  const spec = withAllOfRequiredFilled(document)
  const w: Walk = { spec, openapi31: typeof spec.openapi === 'string' && spec.openapi.startsWith('3.1'), schemas: dict() }
  const operations = dict<RuntimeOperation>()
  const paths = isObject(spec.paths) ? spec.paths : {}
  for (const path of Object.keys(paths).sort()) {
    const item = deref(w, paths[path], `#/paths/${escapePointer(path)}`)
    if (!isObject(item.node)) continue
    for (const method of METHODS) {
      const op = item.node[method]
      if (isObject(op))
        operations[`${method.toUpperCase()} ${path}`] = operation(w, item.node, op, `${item.pointer}/${method}`, item.pointer, item.viaRef)
    }
  }
  const schemas = Object.fromEntries(
    Object.keys(w.schemas)
      .sort()
      .map((k) => [k, w.schemas[k] as RuntimeSchema]),
  )
  return { servers: serverList(spec.servers), schemas, operations }
}

/** A `servers` list's URLs, variables set to their defaults; a server whose variable has none is left out. */
export function serverList(given: unknown): string[] {
  const servers = Array.isArray(given) ? given : []
  return servers.flatMap((server) => {
    if (!isObject(server) || typeof server.url !== 'string') return []
    const variables = isObject(server.variables) ? server.variables : {}
    let complete = true
    const url = server.url.replace(/\{([^}]*)\}/g, (_, name: string) => {
      const variable = Object.hasOwn(variables, name) ? variables[name] : undefined
      const value = isObject(variable) && typeof variable.default === 'string' ? variable.default : undefined
      if (value === undefined) complete = false
      return value ?? ''
    })
    return complete ? [url] : []
  })
}
