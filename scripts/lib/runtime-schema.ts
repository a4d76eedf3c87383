/**
 * The small part of a spec the clients need at run time: for each operation,
 * the declared response statuses and a pruned JSON schema of each body (type,
 * required, properties, items, enum). Types vanish at run time; this is how a
 * client tells a declared status from an undeclared one and checks a body's
 * shape. Pure: no I/O.
 */

import { isObject, type Json, METHODS, resolveRef } from './spec-refs.js'

const KEEP = ['type', 'required', 'enum', 'nullable'] as const

/** A JSON schema reduced to what shape checks need, with local $refs inlined. */
export function pruneSchema(spec: Json, input: unknown, seenIn: ReadonlySet<string> = new Set()): Json {
  const { node, seen } = resolveRef(spec, input, seenIn)
  if (!isObject(node)) return {}
  const out: Json = {}
  for (const key of KEEP) if (node[key] !== undefined) out[key] = node[key]
  const props = node.properties
  if (isObject(props)) out.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, pruneSchema(spec, v, seen)]))
  if (node.items !== undefined) out.items = pruneSchema(spec, node.items, seen)
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = node[key]
    if (Array.isArray(parts)) out[key] = parts.map((p) => pruneSchema(spec, p, seen))
  }
  return out
}

export interface RuntimeResponse {
  /** Declared with a JSON media type. */
  json: boolean
  schema?: Json
}

export type RuntimeOperations = Record<string, Record<string, RuntimeResponse>>

/** Keys are "METHOD /path"; values map each declared status to its body contract. */
export function runtimeOperations(spec: Json): RuntimeOperations {
  const out: RuntimeOperations = {}
  const paths = isObject(spec.paths) ? spec.paths : {}
  for (const path of Object.keys(paths).sort()) {
    const item = resolveRef(spec, paths[path]).node
    if (!isObject(item)) continue
    for (const method of METHODS) {
      const op = item[method]
      if (!isObject(op) || !isObject(op.responses)) continue
      const responses: Record<string, RuntimeResponse> = {}
      for (const [status, raw] of Object.entries(op.responses)) {
        const res = resolveRef(spec, raw).node
        const content = isObject(res) && isObject(res.content) ? res.content : {}
        const jsonType = Object.keys(content).find((t) => /^application\/(.+\+)?json\b/.test(t))
        const media = jsonType === undefined ? undefined : content[jsonType]
        const schema = isObject(media) && media.schema !== undefined ? pruneSchema(spec, media.schema) : undefined
        responses[status] = schema === undefined ? { json: jsonType !== undefined } : { json: true, schema }
      }
      out[`${method.toUpperCase()} ${path}`] = responses
    }
  }
  return out
}
