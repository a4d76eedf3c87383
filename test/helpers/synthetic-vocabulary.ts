/**
 * What issue 10 calls "the whole vocabulary", as predicates over an OpenAPI
 * document, for test/scripts/synthetic-spec.test.ts. Each predicate looks
 * at the document as a tool would: `$ref`s resolved, path-level parameters
 * included.
 */
import { isObject, type Json, METHODS, resolveRef } from '../../scripts/lib/spec-refs.js'

export interface Op {
  path: string
  method: string
  op: Json
  item: Json
}

export function operations(doc: Json): Op[] {
  const out: Op[] = []
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue
    for (const method of METHODS) if (isObject(item[method])) out.push({ path, method, op: item[method] as Json, item })
  }
  return out
}

const deref = (doc: Json, node: unknown): Json => {
  const target = resolveRef(doc, node).node
  return isObject(target) ? target : {}
}
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const entries = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : [])

/** Every component schema name that an operation reaches through `$ref`s, with how many operations reach it. */
export function reachCounts(doc: Json): Map<string, number> {
  const counts = new Map<string, number>()
  const walk = (node: unknown, seen: Set<string>): void => {
    if (Array.isArray(node)) for (const v of node) walk(v, seen)
    if (!isObject(node)) return
    if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
      seen.add(node.$ref)
      walk(resolveRef(doc, { $ref: node.$ref }).node, seen)
    }
    for (const [k, v] of Object.entries(node)) if (k !== '$ref') walk(v, seen)
  }
  for (const { op } of operations(doc)) {
    const seen = new Set<string>()
    walk(op, seen)
    for (const ref of seen) {
      const name = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  return counts
}

const params = (doc: Json, o: Op): Json[] => [...list(o.item.parameters), ...list(o.op.parameters)].map((p) => deref(doc, p))
const bodyTypes = (doc: Json, o: Op): Json => deref(doc, deref(doc, o.op.requestBody).content)
const responses = (doc: Json, o: Op): [string, Json][] => entries(o.op.responses).map(([s, r]) => [s, deref(doc, r)])
const mediaOf = (r: Json): string[] => Object.keys(isObject(r.content) ? r.content : {})
const schemaAt = (doc: Json, content: Json, type: string): Json => deref(doc, (content[type] as Json | undefined)?.schema)
const schemas = (doc: Json): [string, Json][] => entries((doc.components as Json | undefined)?.schemas) as [string, Json][]
const props = (s: Json): [string, Json][] => entries(s.properties) as [string, Json][]

const SCHEMA_REF = '#/components/schemas/'

/** How many schemas long the longest chain of property `$ref`s from `name` is (cycles cut). */
function refDepth(doc: Json, name: string, seen: ReadonlySet<string> = new Set()): number {
  if (seen.has(name)) return 0
  const schema = new Map(schemas(doc)).get(name) ?? {}
  let deepest = 0
  for (const [, p] of props(schema)) {
    const ref = p.$ref ?? (list(p.allOf)[0] as Json | undefined)?.$ref
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF))
      deepest = Math.max(deepest, refDepth(doc, ref.slice(SCHEMA_REF.length), new Set([...seen, name])))
  }
  return 1 + deepest
}

type Check = (doc: Json, version: '3.0' | '3.1') => boolean

function anyOp(test: (doc: Json, o: Op) => boolean): Check {
  return (doc) => operations(doc).some((o) => test(doc, o))
}
function anyParam(test: (p: Json) => boolean): Check {
  return anyOp((doc, o) => params(doc, o).some(test))
}
function anyResponse(test: (status: string, r: Json) => boolean): Check {
  return anyOp((doc, o) => responses(doc, o).some(([s, r]) => test(s, r)))
}
function anyBody(method: string, test: (content: Json, doc: Json) => boolean): Check {
  return anyOp((doc, o) => o.method === method && test(bodyTypes(doc, o), doc))
}
function anySchema(test: (s: Json, doc: Json) => boolean): Check {
  return (doc) => schemas(doc).some(([, s]) => test(s, doc))
}
const isArrayParam = (p: Json): boolean => p.in === 'query' && (p.schema as Json | undefined)?.type === 'array'
const jsonOk = (status: string): Check => anyResponse((s, r) => s === status && mediaOf(r).includes('application/json'))

export const VOCABULARY: readonly { name: string; present: Check }[] = [
  {
    name: 'GET with a path parameter and a $ref response schema',
    present: anyOp(
      (doc, o) =>
        o.method === 'get' &&
        params(doc, o).some((p) => p.in === 'path') &&
        responses(doc, o).some(
          ([, r]) =>
            typeof (((r.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined)?.$ref ===
            'string',
        ),
    ),
  },
  {
    name: 'a query array, form/explode by default',
    present: anyParam((p) => isArrayParam(p) && p.style === undefined && p.explode === undefined),
  },
  { name: 'a query array with explode: false', present: anyParam((p) => isArrayParam(p) && p.explode === false) },
  { name: 'a deepObject query object', present: anyParam((p) => p.style === 'deepObject' && (p.schema as Json).type === 'object') },
  { name: 'a header parameter', present: anyParam((p) => p.in === 'header') },
  { name: 'a cookie parameter', present: anyParam((p) => p.in === 'cookie') },
  { name: 'path-level parameters', present: (doc) => operations(doc).some((o) => list(o.item.parameters).length > 0) },
  { name: 'POST with a JSON body', present: anyBody('post', (c) => 'application/json' in c) },
  { name: 'PUT with a JSON body', present: anyBody('put', (c) => 'application/json' in c) },
  {
    name: 'a oneOf body with a discriminator',
    present: anyBody('post', (c, doc) => {
      const s = schemaAt(doc, c, 'application/json')
      return Array.isArray(s.oneOf) && isObject(s.discriminator)
    }),
  },
  { name: 'an allOf body', present: anyBody('put', (c, doc) => Array.isArray(schemaAt(doc, c, 'application/json').allOf)) },
  { name: 'PATCH with application/merge-patch+json', present: anyBody('patch', (c) => 'application/merge-patch+json' in c) },
  { name: 'a form-urlencoded body', present: anyBody('post', (c) => 'application/x-www-form-urlencoded' in c) },
  {
    name: 'a multipart/form-data body with a binary file part',
    present: anyBody('post', (c, doc) => props(schemaAt(doc, c, 'multipart/form-data')).some(([, p]) => p.format === 'binary')),
  },
  { name: 'a text/plain body', present: anyBody('post', (c) => 'text/plain' in c) },
  { name: 'an application/octet-stream body', present: anyBody('put', (c) => 'application/octet-stream' in c) },
  { name: '200 JSON', present: jsonOk('200') },
  { name: '201 JSON', present: jsonOk('201') },
  { name: '202 JSON', present: jsonOk('202') },
  { name: '204 no content', present: anyResponse((s, r) => s === '204' && r.content === undefined) },
  { name: 'a default response', present: anyResponse((s) => s === 'default') },
  {
    name: '4XX and 5XX range responses',
    present: (doc) => anyResponse((s) => s === '4XX')(doc, '3.1') && anyResponse((s) => s === '5XX')(doc, '3.1'),
  },
  {
    name: 'exact 4xx and 5xx errors from components.responses with the shared Error schema',
    present: anyOp((_, o) => {
      const refs = entries(o.op.responses).filter(([, r]) => typeof (r as Json).$ref === 'string')
      return refs.some(([s]) => s.startsWith('4')) && refs.some(([s]) => s.startsWith('5'))
    }),
  },
  { name: 'a text/csv response', present: anyResponse((_, r) => mediaOf(r).includes('text/csv')) },
  {
    name: 'a binary response',
    present: anyResponse(
      (_, r) => ((r.content as Json | undefined)?.['application/octet-stream'] as Json | undefined)?.schema !== undefined,
    ),
  },
  { name: 'an application/problem+json response', present: anyResponse((_, r) => mediaOf(r).includes('application/problem+json')) },
  {
    name: 'response headers Retry-After and X-Request-Id',
    present: anyResponse((_, r) => isObject(r.headers) && 'Retry-After' in r.headers && 'X-Request-Id' in r.headers),
  },
  {
    name: "a nullable string: type [string, 'null'] (3.1) or nullable: true (3.0)",
    present: anySchema((s) =>
      props(s).some(
        ([, p]) =>
          (Array.isArray(p.type) && p.type.includes('null') && p.type.includes('string')) || (p.type === 'string' && p.nullable === true),
      ),
    ),
  },
  {
    name: 'a single-value string: const (3.1) or a one-value enum (3.0)',
    present: anySchema((s) => props(s).some(([, p]) => 'const' in p || list(p.enum).length === 1)),
  },
  {
    name: 'a $ref with sibling keywords (3.1) or its allOf wrapper (3.0)',
    present: anySchema((s) =>
      props(s).some(([, p]) => (typeof p.$ref === 'string' || Array.isArray(p.allOf)) && typeof p.description === 'string'),
    ),
  },
  { name: 'additionalProperties: false', present: anySchema((s) => s.additionalProperties === false) },
  { name: 'additionalProperties: {schema}', present: anySchema((s) => isObject(s.additionalProperties)) },
  { name: 'an enum', present: anySchema((s) => list(s.enum).length > 1) },
  {
    name: 'readOnly and writeOnly properties',
    present: (doc) =>
      anySchema((s) => props(s).some(([, p]) => p.readOnly === true))(doc, '3.1') &&
      anySchema((s) => props(s).some(([, p]) => p.writeOnly === true))(doc, '3.1'),
  },
  {
    name: 'request properties with a default, required in one place and optional in another',
    present: anySchema((s) => {
      const defaulted = props(s)
        .filter(([, p]) => 'default' in p)
        .map(([k]) => k)
      const required = list(s.required)
      return defaulted.some((k) => required.includes(k)) && defaulted.some((k) => !required.includes(k))
    }),
  },
  {
    name: 'an array of $ref',
    present: anySchema((s) => props(s).some(([, p]) => typeof (p.items as Json | undefined)?.$ref === 'string')),
  },
  {
    name: 'a chain of four schemas, each a property $ref of the one before',
    present: (doc) => schemas(doc).some(([name]) => refDepth(doc, name) >= 4),
  },
  {
    name: 'an object nested inline in an object',
    present: anySchema((s) => props(s).some(([, p]) => p.type === 'object' && p.$ref === undefined)),
  },
  { name: 'format: date-time', present: anySchema((s) => props(s).some(([, p]) => p.format === 'date-time')) },
  {
    name: 'integers and numbers',
    present: (doc) =>
      anySchema((s) => props(s).some(([, p]) => p.type === 'integer'))(doc, '3.1') &&
      anySchema((s) => props(s).some(([, p]) => p.type === 'number'))(doc, '3.1'),
  },
  {
    name: 'a recursive schema',
    present: (doc) =>
      schemas(doc).some(([name, s]) => props(s).some(([, p]) => (p.items as Json | undefined)?.$ref === `#/components/schemas/${name}`)),
  },
  { name: 'HEAD', present: anyOp((_, o) => o.method === 'head') },
  { name: 'OPTIONS', present: anyOp((_, o) => o.method === 'options') },
  { name: 'TRACE', present: anyOp((_, o) => o.method === 'trace') },
  { name: 'a deprecated operation', present: anyOp((_, o) => o.op.deprecated === true) },
]
