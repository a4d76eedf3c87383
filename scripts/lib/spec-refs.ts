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
