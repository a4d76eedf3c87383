/** Walking a parsed OpenAPI document: object checks, deep equality and local `$ref`s. Pure. */

export type Json = Record<string, unknown>

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Deep equality of JSON values. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/**
 * Follows local `#/...` references. Returns the target and the references
 * followed so far, so that a recursive walk can stop at a cycle (a reference
 * already on its path resolves to `{}`). Other references are left as they are.
 */
export function resolveRef(spec: Json, node: unknown, seen: ReadonlySet<string> = new Set()): { node: unknown; seen: ReadonlySet<string> } {
  if (!isObject(node) || typeof node.$ref !== 'string') return { node, seen }
  const ref = node.$ref
  if (!ref.startsWith('#/') || seen.has(ref)) return { node: {}, seen }
  const target = ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), spec)
  return resolveRef(spec, target, new Set([...seen, ref]))
}

/** Keys whose values are data, not schemas: a walk for schemas does not enter them. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const'])

/**
 * Calls `visit` on every object in a spec that may be a schema (every object
 * outside examples, defaults, enums and consts), parents before children, to
 * a depth of 200. `visit` may change the object it is given.
 */
export function eachSchemaObject(node: unknown, visit: (o: Json) => void, depth = 0): void {
  if (typeof node !== 'object' || node === null || depth > 200) return
  if (Array.isArray(node)) {
    for (const item of node) eachSchemaObject(item, visit, depth + 1)
    return
  }
  const o = node as Json
  visit(o)
  for (const [key, value] of Object.entries(o)) if (!DATA_KEYS.has(key)) eachSchemaObject(value, visit, depth + 1)
}
