/**
 * `allOf: [{ $ref: Base }, { required: [id, email] }]`: a part that requires
 * properties another part declares. Read alone, that part says nothing of
 * what `id` is: openapi-typescript types it `Record<string, never>` (no
 * request compiles, `data.email` is `undefined`), and the run-time check
 * cannot see that `id` is readOnly (a request may leave it out). Each such
 * part is given the property schemas its siblings declare for the names it
 * requires, so both read the merge as the spec means it. Pure: works on a copy.
 */
import { eachSchemaObject, isObject, type Json, resolveRef } from './spec-refs.js'

/** The properties a schema declares, its own and its allOf parts' (through $refs). */
function declared(spec: Json, node: unknown, depth: number): Json {
  const { node: s } = resolveRef(spec, node)
  if (!isObject(s) || depth > 32) return {}
  const out: Json = {}
  if (Array.isArray(s.allOf)) for (const part of s.allOf) Object.assign(out, declared(spec, part, depth + 1))
  if (isObject(s.properties)) Object.assign(out, s.properties)
  return out
}

/** Gives an inline allOf part the schemas, declared by its siblings, of the names it requires but does not declare. */
function fillParts(spec: Json, parts: unknown[]): void {
  parts.forEach((part, i) => {
    if (!isObject(part) || typeof part.$ref === 'string' || !Array.isArray(part.required)) return
    const own = isObject(part.properties) ? part.properties : {}
    const missing = part.required.filter((n): n is string => typeof n === 'string' && !Object.hasOwn(own, n))
    if (missing.length === 0) return
    const siblings: Json = {}
    parts.forEach((other, j) => {
      if (j !== i) Object.assign(siblings, declared(spec, other, 0))
    })
    const found = missing.filter((n) => Object.hasOwn(siblings, n))
    if (found.length === 0) return
    const properties: Json = { ...own }
    for (const name of found) properties[name] = structuredClone(siblings[name])
    part.properties = properties
    if (part.type === undefined) part.type = 'object'
  })
}

/** A copy of the spec whose required-only allOf parts carry the property schemas their siblings declare. */
export function withAllOfRequiredFilled<T extends Json>(document: T): T {
  const copy = structuredClone(document)
  eachSchemaObject(copy, (o) => {
    if (Array.isArray(o.allOf)) fillParts(copy, o.allOf)
  })
  return copy
}
