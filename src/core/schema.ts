/**
 * Checks a parsed JSON value against a pruned schema from the run-time table:
 * OpenAPI 3.1 type arrays, `null` and `const`; 3.0 `nullable`; `enum`,
 * `required`, `properties`, `additionalProperties`, `items`, `prefixItems`,
 * `allOf`, `anyOf` and `oneOf` (checked as "at least one", like anyOf: vendors'
 * alternatives often overlap), and `$ref` with its siblings. Formats, patterns
 * and bounds are not checked. Returns the first problem, in words, or undefined.
 */
import type { Schema } from './table.js'

export interface CheckContext {
  readonly schemas: { readonly [key: string]: Schema }
  /** A required readOnly property may be absent from a request, a required writeOnly one from a response. */
  readonly direction: 'request' | 'response'
}

type ObjectSchema = Exclude<Schema, boolean>

/** Deeper than this, a value is refused rather than risk the stack. */
const MAX_DEPTH = 200

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeAllows(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer')
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

function resolve(schema: Schema, ctx: CheckContext): Schema {
  let current = schema
  for (let hops = 0; typeof current === 'object' && current.$ref !== undefined && hops < 64; hops += 1) {
    const target: Schema | undefined = ctx.schemas[current.$ref]
    if (target === undefined) return true
    // A $ref with sibling keywords (OpenAPI 3.1) checks both: the target here, the siblings in check().
    if (Object.keys(current).length > 1) return current
    current = target
  }
  return current
}

function typeAllowed(type: string | readonly string[], actual: string): boolean {
  if (typeof type === 'string') return typeAllows(type, actual)
  for (const t of type) if (typeAllows(t, actual)) return true
  return false
}

function typeProblem(value: unknown, s: ObjectSchema, at: string): string | undefined {
  if (s.type !== undefined) {
    const actual = typeOf(value)
    if (!typeAllowed(s.type, actual) && !(actual === 'null' && s.nullable === true)) {
      const allowed = typeof s.type === 'string' ? [s.type] : s.type
      return `${at} is ${actual}, expected ${allowed.join(' or ')}${s.nullable === true ? ' or null' : ''}`
    }
  }
  if (s.enum !== undefined && !s.enum.some((v) => deepEqual(v, value)) && !(value === null && s.nullable === true)) {
    return `${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(s.enum)}`
  }
  if ('const' in s && !deepEqual(s.const, value)) return `${at} is ${JSON.stringify(value)}, expected ${JSON.stringify(s.const)}`
  return undefined
}

/** Property names an object schema and its allOf parts declare: what `additionalProperties` leaves alone. */
function declaredNames(s: ObjectSchema, ctx: CheckContext, out = new Set<string>(), depth = 0): Set<string> {
  for (const name of Object.keys(s.properties ?? {})) out.add(name)
  for (const part of s.allOf ?? []) {
    const resolved = resolve(part, ctx)
    if (typeof resolved === 'object' && depth < 16) {
      const target = resolved.$ref !== undefined ? resolve({ $ref: resolved.$ref }, ctx) : undefined
      if (typeof target === 'object') declaredNames(target, ctx, out, depth + 1)
      declaredNames(resolved, ctx, out, depth + 1)
    }
  }
  return out
}

function skippable(property: Schema | undefined, ctx: CheckContext): boolean {
  const s = property === undefined ? undefined : resolve(property, ctx)
  if (typeof s !== 'object') return false
  return ctx.direction === 'request' ? s.readOnly === true : s.writeOnly === true
}

function objectProblem(
  value: Record<string, unknown>,
  s: ObjectSchema,
  ctx: CheckContext,
  at: string,
  depth: number,
  known: ReadonlySet<string> | undefined,
): string | undefined {
  for (const name of s.required ?? []) {
    if (!(name in value) && !skippable(s.properties?.[name], ctx)) return `${at} is missing required field "${name}"`
  }
  const properties = s.properties
  for (const name in properties) {
    const child = properties[name]
    if (child === undefined || value[name] === undefined) continue
    const problem = check(value[name], child, ctx, `${at}.${name}`, depth + 1)
    if (problem !== undefined) return problem
  }
  const extra = s.additionalProperties
  if (extra === undefined || extra === true) return undefined
  const names = known ?? declaredNames(s, ctx)
  for (const name of Object.keys(value)) {
    if (names.has(name)) continue
    if (extra === false) return `${at} has a property the spec does not allow: "${name}"`
    const problem = check(value[name], extra, ctx, `${at}.${name}`, depth + 1)
    if (problem !== undefined) return problem
  }
  return undefined
}

function arrayProblem(value: unknown[], s: ObjectSchema, ctx: CheckContext, at: string, depth: number): string | undefined {
  const prefix = s.prefixItems ?? []
  for (let i = 0; i < value.length; i += 1) {
    const item = i < prefix.length ? prefix[i] : s.items
    if (item === undefined) continue
    const problem = item === false ? `${at} has more items than the spec allows` : check(value[i], item, ctx, `${at}[${i}]`, depth + 1)
    if (problem !== undefined) return problem
  }
  return undefined
}

function check(
  value: unknown,
  schema: Schema,
  ctx: CheckContext,
  at: string,
  depth: number,
  known?: ReadonlySet<string>,
): string | undefined {
  if (depth > MAX_DEPTH) return `${at} is nested deeper than ${MAX_DEPTH} levels`
  const s = resolve(schema, ctx)
  if (s === true) return undefined
  if (s === false) return `${at} is not allowed here`
  // OpenAPI 3.0: `nullable: true` admits null whatever else the schema says (an allOf, an enum without null).
  if (value === null && s.nullable === true) return undefined
  if (s.$ref !== undefined) {
    const problem = check(value, { $ref: s.$ref }, ctx, at, depth + 1)
    if (problem !== undefined) return problem
  }
  const problem = typeProblem(value, s, at)
  if (problem !== undefined) return problem
  const names = s.allOf !== undefined && s.additionalProperties === undefined ? declaredNames(s, ctx) : known
  for (const part of s.allOf ?? []) {
    const partProblem = check(value, part, ctx, at, depth + 1, names)
    if (partProblem !== undefined) return partProblem
  }
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives !== undefined && alternatives.length > 0) {
    if (alternatives.every((part) => check(value, part, ctx, at, depth + 1) !== undefined)) {
      return `${at} matches none of the declared alternatives`
    }
  }
  if (Array.isArray(value)) return arrayProblem(value, s, ctx, at, depth)
  if (typeof value === 'object' && value !== null) return objectProblem(value as Record<string, unknown>, s, ctx, at, depth, known)
  return undefined
}

/** The first way `value` differs from `schema`, e.g. `body.status is "grace", not one of [...]`; undefined when it fits. */
export function schemaProblem(value: unknown, schema: Schema, ctx: CheckContext, at = 'body'): string | undefined {
  return check(value, schema, ctx, at, 0)
}
