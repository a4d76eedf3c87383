/**
 * Checks a parsed JSON value against a pruned schema from the run-time table:
 * OpenAPI 3.1 type arrays, `null` and `const`; `nullable`; `enum`,
 * `required`, `properties`, `patternProperties`, `additionalProperties`,
 * `items`, `prefixItems`, `allOf`, `anyOf` and `oneOf` (checked as "at least
 * one", like anyOf: vendors' alternatives often overlap; a discriminator picks
 * the one to check), and `$ref` with its siblings. Formats, patterns and
 * bounds are not checked. Returns the first problem, in words, or undefined.
 *
 * The work is bounded: results are remembered per (value, schema), so
 * overlapping recursive alternatives cost linear time, and a check that would
 * take more than a fixed number of steps gives up with a problem.
 */
import type { Schema } from './table.js'

export interface CheckContext {
  readonly schemas: { readonly [key: string]: Schema }
  /** A required readOnly property may be absent from a request, a required writeOnly one from a response. */
  readonly direction: 'request' | 'response'
}

type ObjectSchema = Exclude<Schema, boolean>

interface State extends CheckContext {
  steps: number
  /** Inside a oneOf/anyOf: the same value may meet the same schema down several alternatives. */
  alternatives: number
  /** Per value and schema: the answer, and the path it was found at; made on first use. */
  memo: WeakMap<object, Map<Schema, { at: string; problem: string | undefined }>> | undefined
  patterns: Map<string, RegExp | null> | undefined
}

/** Deeper than this, a value is refused rather than risk the stack. */
const MAX_DEPTH = 200
/** More schema steps than this for one body, and the check gives up: no body takes this many. */
const MAX_STEPS = 200_000

class TooComplex extends Error {}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeAllows(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer')
}

function typeAllowed(type: string | readonly string[], actual: string): boolean {
  if (typeof type === 'string') return typeAllows(type, actual)
  for (const t of type) if (typeAllows(t, actual)) return true
  return false
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

const own = (o: object | undefined, key: string): boolean => o !== undefined && Object.hasOwn(o, key)

function target(key: string, ctx: CheckContext): Schema | undefined {
  return own(ctx.schemas, key) ? ctx.schemas[key] : undefined
}

function resolve(schema: Schema, ctx: CheckContext): Schema {
  let current = schema
  for (let hops = 0; typeof current === 'object' && current.$ref !== undefined && hops < 64; hops += 1) {
    const next = target(current.$ref, ctx)
    if (next === undefined) return true
    // A $ref with sibling keywords (OpenAPI 3.1) checks both: the target here, the siblings in check().
    if (Object.keys(current).length > 1) return current
    current = next
  }
  return current
}

function typeProblem(value: unknown, s: ObjectSchema, at: string): string | undefined {
  if (s.type !== undefined) {
    const actual = typeOf(value)
    if (!typeAllowed(s.type, actual)) {
      const allowed = typeof s.type === 'string' ? [s.type] : s.type
      return `${at} is ${actual}, expected ${allowed.join(' or ')}${s.nullable === true ? ' or null' : ''}`
    }
  }
  if (s.enum !== undefined && !s.enum.some((v) => deepEqual(v, value))) {
    return `${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(s.enum)}`
  }
  if (own(s, 'const') && !deepEqual(s.const, value)) return `${at} is ${JSON.stringify(value)}, expected ${JSON.stringify(s.const)}`
  return undefined
}

/** Property names an object schema and its allOf parts declare: what `additionalProperties` leaves alone. */
function declaredNames(s: ObjectSchema, ctx: CheckContext, out = new Set<string>(), depth = 0): Set<string> {
  for (const name of Object.keys(s.properties ?? {})) out.add(name)
  for (const part of s.allOf ?? []) {
    const resolved = resolve(part, ctx)
    if (typeof resolved === 'object' && depth < 16) {
      const referenced = resolved.$ref !== undefined ? resolve({ $ref: resolved.$ref }, ctx) : undefined
      if (typeof referenced === 'object') declaredNames(referenced, ctx, out, depth + 1)
      declaredNames(resolved, ctx, out, depth + 1)
    }
  }
  return out
}

/** A property's schema, if the schema declares it (never one of Object.prototype's names by accident). */
function ownSchema(properties: { readonly [name: string]: Schema } | undefined, name: string): Schema | undefined {
  return properties !== undefined && Object.hasOwn(properties, name) ? properties[name] : undefined
}

function skippable(property: Schema | undefined, ctx: CheckContext): boolean {
  const s = property === undefined ? undefined : resolve(property, ctx)
  if (typeof s !== 'object') return false
  return ctx.direction === 'request' ? s.readOnly === true : s.writeOnly === true
}

/** A JSON Schema pattern as a RegExp: with the `u` flag (as JSON Schema reads it), else without (a `\\:` escape the `u` flag refuses); null if neither reads it. */
function compiled(pattern: string): RegExp | null {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags)
    } catch {
      // the next flavour
    }
  }
  return null
}

/** The patternProperties schemas a property name matches; a pattern no RegExp reads lets every name through unchecked. */
function patternSchemas(s: ObjectSchema, name: string, st: State): Schema[] {
  const out: Schema[] = []
  for (const [pattern, schema] of Object.entries(s.patternProperties ?? {})) {
    st.patterns ??= new Map()
    let re = st.patterns.get(pattern)
    if (re === undefined) {
      re = compiled(pattern)
      st.patterns.set(pattern, re)
    }
    // A pattern no flavour of RegExp reads may match any name: the check lets such names through unchecked.
    if (re === null) out.push({})
    else if (re.test(name)) out.push(schema)
  }
  return out
}

function objectProblem(
  value: Record<string, unknown>,
  s: ObjectSchema,
  st: State,
  at: string,
  depth: number,
  known: ReadonlySet<string> | undefined,
): string | undefined {
  for (const name of s.required ?? []) {
    if (!own(value, name) && !skippable(ownSchema(s.properties, name), st)) return `${at} is missing required field "${name}"`
  }
  const properties = s.properties
  for (const name in properties) {
    const child = ownSchema(properties, name)
    if (child === undefined || !own(value, name) || value[name] === undefined) continue
    const problem = check(value[name], child, st, `${at}.${name}`, depth + 1)
    if (problem !== undefined) return problem
  }
  const extra = s.additionalProperties
  if (s.patternProperties === undefined && (extra === undefined || extra === true)) return undefined
  const names = known ?? declaredNames(s, st)
  for (const name of Object.keys(value)) {
    const patterned = patternSchemas(s, name, st)
    for (const schema of patterned) {
      const problem = check(value[name], schema, st, `${at}.${name}`, depth + 1)
      if (problem !== undefined) return problem
    }
    if (names.has(name) || patterned.length > 0 || extra === undefined || extra === true) continue
    if (extra === false) return `${at} has a property the spec does not allow: "${name}"`
    const problem = check(value[name], extra, st, `${at}.${name}`, depth + 1)
    if (problem !== undefined) return problem
  }
  return undefined
}

function arrayProblem(value: unknown[], s: ObjectSchema, st: State, at: string, depth: number): string | undefined {
  const prefix = s.prefixItems ?? []
  for (let i = 0; i < value.length; i += 1) {
    const item = i < prefix.length ? prefix[i] : s.items
    if (item === undefined) continue
    const problem = item === false ? `${at} has more items than the spec allows` : check(value[i], item, st, `${at}[${i}]`, depth + 1)
    if (problem !== undefined) return problem
  }
  return undefined
}

/** The alternative a discriminator names for this value, when it names one. */
function discriminated(value: unknown, s: ObjectSchema, alternatives: readonly Schema[]): Schema | undefined {
  const d = s.discriminator
  if (d === undefined || typeof value !== 'object' || value === null || !own(value, d.propertyName)) return undefined
  const tag = (value as Record<string, unknown>)[d.propertyName]
  if (typeof tag !== 'string') return undefined
  const key = d.mapping !== undefined && own(d.mapping, tag) ? d.mapping[tag] : tag
  return alternatives.find((a) => typeof a === 'object' && a.$ref === key)
}

function alternativesProblem(value: unknown, s: ObjectSchema, st: State, at: string, depth: number): string | undefined {
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives === undefined || alternatives.length === 0) return undefined
  const chosen = discriminated(value, s, alternatives)
  if (chosen !== undefined) return check(value, chosen, st, at, depth + 1)
  st.alternatives += 1
  try {
    if (alternatives.every((part) => check(value, part, st, at, depth + 1) !== undefined)) {
      return `${at} matches none of the declared alternatives`
    }
    return undefined
  } finally {
    st.alternatives -= 1
  }
}

function checkOnce(value: unknown, s: ObjectSchema, st: State, at: string, depth: number, known?: ReadonlySet<string>): string | undefined {
  // nullable: true admits null whatever else the schema says (an allOf, an enum without null).
  if (value === null && s.nullable === true) return undefined
  if (s.$ref !== undefined) {
    const problem = check(value, { $ref: s.$ref }, st, at, depth + 1)
    if (problem !== undefined) return problem
  }
  const problem = typeProblem(value, s, at)
  if (problem !== undefined) return problem
  const names = s.allOf !== undefined && s.additionalProperties === undefined ? declaredNames(s, st) : known
  for (const part of s.allOf ?? []) {
    const partProblem = check(value, part, st, at, depth + 1, names)
    if (partProblem !== undefined) return partProblem
  }
  const alternative = alternativesProblem(value, s, st, at, depth)
  if (alternative !== undefined) return alternative
  if (Array.isArray(value)) return arrayProblem(value, s, st, at, depth)
  if (typeof value === 'object' && value !== null) return objectProblem(value as Record<string, unknown>, s, st, at, depth, known)
  return undefined
}

function check(value: unknown, schema: Schema, st: State, at: string, depth: number, known?: ReadonlySet<string>): string | undefined {
  if (depth > MAX_DEPTH) return `${at} is nested deeper than ${MAX_DEPTH} levels`
  st.steps += 1
  if (st.steps > MAX_STEPS) throw new TooComplex()
  const s = resolve(schema, st)
  if (s === true) return undefined
  if (s === false) return `${at} is not allowed here`
  // Down the alternatives of a oneOf/anyOf, the same value meets the same schema again and again:
  // remember each answer (objects only), wherever it is met, so overlapping recursive alternatives stay linear.
  const memoable = st.alternatives > 0 && typeof value === 'object' && value !== null && known === undefined
  if (!memoable) return checkOnce(value, s, st, at, depth, known)
  st.memo ??= new WeakMap()
  const seen = st.memo.get(value)?.get(s)
  if (seen !== undefined) return seen.problem?.startsWith(seen.at) ? `${at}${seen.problem.slice(seen.at.length)}` : seen.problem
  const problem = checkOnce(value, s, st, at, depth, known)
  const bySchema = st.memo.get(value) ?? new Map()
  bySchema.set(s, { at, problem })
  st.memo.set(value, bySchema)
  return problem
}

/** The first way `value` differs from `schema`, e.g. `body.status is "grace", not one of [...]`; undefined when it fits. */
export function schemaProblem(value: unknown, schema: Schema, ctx: CheckContext, at = 'body'): string | undefined {
  const st: State = { schemas: ctx.schemas, direction: ctx.direction, steps: 0, alternatives: 0, memo: undefined, patterns: undefined }
  try {
    return check(value, schema, st, at, 0)
  } catch (e) {
    if (e instanceof TooComplex) return `${at} is too complex to check against its schema (over ${MAX_STEPS} steps)`
    throw e
  }
}
