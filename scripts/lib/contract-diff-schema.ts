/**
 * The differences between two normalised schemas, each with its effect on
 * the values the schema allows. Where both sides refer to the same component
 * schema the walk stops: that schema's own changes are reported once, under
 * its name. Pure: no I/O.
 */

import type { Direction } from './contract.js'
import type { Effect } from './contract-rules.js'
import type { Shape } from './contract-schema.js'
import { same } from './spec-refs.js'

export interface SchemaFinding {
  /** Path of the field inside the schema: "profile.email", "items[]", "meta.*"; '' for the schema itself. */
  field: string
  text: string
  /** The effect, which for required-ness can depend on the direction (readOnly, writeOnly). */
  effect: (direction: Direction) => Effect
}

export interface SchemaSides {
  before: Readonly<Record<string, Shape>>
  after: Readonly<Record<string, Shape>>
  /** Component schemas renamed: old name → new name. */
  renamed: ReadonlyMap<string, string>
}

const show = (v: unknown): string => JSON.stringify(v) ?? 'none'
const fixed = (e: Effect) => (): Effect => e
const prop = (field: string, name: string): string => (field ? `${field}.${name}` : name)

export function diffShapes(sides: SchemaSides, a: Shape, b: Shape): SchemaFinding[] {
  const out: SchemaFinding[] = []
  walk(sides, a, b, '', out, new Set())
  return out
}

function withoutRef(s: Shape): Shape {
  const { $ref: _, ...rest } = s
  return rest
}

function resolve(schemas: Readonly<Record<string, Shape>>, s: Shape): Shape | undefined {
  if (s.$ref === undefined) return s
  const target = schemas[s.$ref]
  return target === undefined ? undefined : { ...target, ...withoutRef(s) }
}

/** A member that allows only null: 3.1's `{ type: 'null' }`. */
const isNullOnly = (m: Shape): boolean => m.nullable === true && m.type !== undefined && m.type.length === 0 && Object.keys(m).length === 2

/** Keys a one-member wrapper may carry and still say what its member says (plus these). */
const WRAPPER_KEYS = new Set(['nullable', 'checkNullable', 'readOnly', 'writeOnly', 'default'])

/**
 * One spelling for schemas the generated types and the run-time check read
 * the same way, so that a vendor's respelling is no change: `oneOf` is
 * `anyOf` (both a union, both "at least one" at run time; members are
 * paired as a set, by pairMembers); a null member is `nullable`; a one-member `allOf`/`anyOf` is its
 * member; properties without `type` are an object.
 */
function canonical(s: Shape): Shape {
  let out = s
  // Only alone: beside an anyOf, the run-time check reads the anyOf and not the oneOf.
  if (out.oneOf !== undefined && out.anyOf === undefined) {
    const { oneOf, ...rest } = out
    out = { ...rest, anyOf: oneOf }
  }
  const members = out.anyOf
  if (members?.some(isNullOnly) && !members.every(isNullOnly)) {
    out = { ...out, anyOf: members.filter((m) => !isNullOnly(m)), nullable: true }
  }
  for (const key of ['allOf', 'anyOf'] as const) {
    const parts = out[key]
    const only = parts?.length === 1 ? parts[0] : undefined
    if (only === undefined) continue
    const { [key]: _, ...rest } = out
    if (Object.keys(rest).every((k) => WRAPPER_KEYS.has(k)) && !Object.keys(rest).some((k) => k in only))
      return canonical({ ...only, ...rest })
  }
  // As openapi-typescript reads a schema without `type`: an object when it declares properties or a truthy additionalProperties.
  const objectish =
    Object.keys(out.properties ?? {}).length > 0 || out.additionalProperties === true || typeof out.additionalProperties === 'object'
  if (out.type === undefined && objectish && out.$ref === undefined && out.allOf === undefined && out.anyOf === undefined) {
    out = { ...out, type: ['object'] }
  }
  return out
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null'])

/**
 * Whether a schema only allows scalars: by its types, by an enum of scalars
 * with no type, or as a union of such (through `$ref`s and one-member wrappers).
 */
export function isScalarShape(schemas: Readonly<Record<string, Shape>>, given: Shape | null, depth = 0): boolean {
  if (given === null || depth > 16) return false
  const s = canonical(resolve(schemas, given) ?? given)
  if (s.$ref !== undefined && s.$ref !== given.$ref) return isScalarShape(schemas, s, depth + 1)
  if (s.type !== undefined) return s.type.length > 0 && s.type.every((t) => SCALAR_TYPES.has(t))
  if (s.enum !== undefined) return s.enum.length > 0 && s.enum.every((v) => v === null || typeof v !== 'object')
  const members = s.anyOf ?? s.allOf
  return members !== undefined && members.length > 0 && members.every((m) => isScalarShape(schemas, m, depth + 1))
}

/** `required`: the field is a property its object requires (in the new spec), which decides what a readOnly or writeOnly change breaks. */
function walk(
  sides: SchemaSides,
  givenA: Shape,
  givenB: Shape,
  field: string,
  out: SchemaFinding[],
  seen: ReadonlySet<string>,
  required = false,
): void {
  const a = canonical(givenA)
  const b = canonical(givenB)
  if (a.$ref === undefined && b.$ref === undefined) {
    keywords(sides, a, b, field, out, seen, required)
    return
  }
  const renamedA = a.$ref === undefined ? undefined : (sides.renamed.get(a.$ref) ?? a.$ref)
  if (renamedA !== undefined && renamedA === b.$ref) {
    keywords(sides, withoutRef(a), withoutRef(b), field, out, seen, required)
    return
  }
  const pair = `${a.$ref ?? ''}→${b.$ref ?? ''}`
  if (seen.has(pair)) return
  const ra = resolve(sides.before, a)
  const rb = resolve(sides.after, b)
  if (ra === undefined || rb === undefined) {
    out.push({ field, text: `$ref ${a.$ref ?? '(inline)'} → ${b.$ref ?? '(inline)'}`, effect: fixed('changed') })
    return
  }
  const before = out.length
  walk(sides, ra, rb, field, out, new Set([...seen, pair]), required)
  if (out.length === before && a.$ref !== undefined && b.$ref !== undefined) {
    out.push({ field, text: `now refers to ${b.$ref} instead of ${a.$ref}, of the same shape`, effect: fixed('unchecked') })
  }
}

/** Two shapes merged as `allOf` merges them, where that is exact: b adds types, properties and required names only, and no property twice. */
function merge(a: Shape, b: Shape): Shape | undefined {
  if (Object.keys(b).some((k) => k !== 'type' && k !== 'properties' && k !== 'required')) return undefined
  if (a.type !== undefined && b.type !== undefined && !same(a.type, b.type)) return undefined
  const out: Shape = { ...a }
  const type = a.type ?? b.type
  if (type !== undefined) out.type = type
  if (b.properties !== undefined) {
    const properties = { ...(a.properties ?? {}) }
    for (const [name, shape] of Object.entries(b.properties)) {
      if (Object.hasOwn(properties, name) && !same(properties[name], shape)) return undefined
      properties[name] = shape
    }
    out.properties = properties
  }
  if (b.required !== undefined) out.required = [...new Set([...(a.required ?? []), ...b.required])].sort()
  return out
}

/**
 * The shape with its `allOf` members (followed through references) merged
 * into it, when the merge is exact; undefined when it is not. The generated
 * types and the run-time check see the same values either way, so a spec that
 * moves fields into or out of an `allOf` is compared by what it allows.
 */
function flattened(schemas: Readonly<Record<string, Shape>>, s: Shape, depth = 0): Shape | undefined {
  if (s.allOf === undefined) return s
  if (depth > 16) return undefined
  const { allOf, ...own } = s
  let out: Shape | undefined = own
  for (const member of allOf) {
    const target = resolve(schemas, member)
    const flat = target === undefined ? undefined : flattened(schemas, target, depth + 1)
    out = flat === undefined || out === undefined ? undefined : merge(out, flat)
    if (out === undefined) return undefined
  }
  return out
}

const allOfRefs = (s: Shape): string => JSON.stringify((s.allOf ?? []).map((m) => m.$ref ?? null))

function keywords(
  sides: SchemaSides,
  a: Shape,
  b: Shape,
  field: string,
  out: SchemaFinding[],
  seen: ReadonlySet<string>,
  required: boolean,
): void {
  if (same(a, b) && sides.renamed.size === 0) return
  if (allOfRefs(a) !== allOfRefs(b)) {
    const fa = flattened(sides.before, a)
    const fb = flattened(sides.after, b)
    if (fa !== undefined && fb !== undefined) {
      keywords(sides, fa, fb, field, out, seen, required)
      return
    }
  }
  const push = (text: string, effect: Effect, at = field): void => {
    out.push({ field: at, text, effect: fixed(effect) })
  }
  types(a, b, push)
  if (!a.nullable !== !b.nullable) push(b.nullable ? 'became nullable' : 'is no longer nullable', b.nullable ? 'widened' : 'narrowed')
  if (!a.checkNullable !== !b.checkNullable) {
    const text = b.checkNullable ? 'may now be null to the run-time check' : 'may no longer be null to the run-time check'
    push(`${text} (the types are the same)`, b.checkNullable ? 'check-widened' : 'check-narrowed')
  }
  if (!same(a.discriminator, b.discriminator)) {
    push(`discriminator ${show(a.discriminator)} → ${show(b.discriminator)}`, 'changed')
  }
  enums(a, b, push)
  if (a.format !== b.format) push(`format ${a.format ?? 'none'} → ${b.format ?? 'none'}`, 'unchecked')
  if (!same(a.default, b.default)) push(`default ${show(a.default)} → ${show(b.default)}`, 'unchecked')
  for (const key of new Set([...Object.keys(a.constraints ?? {}), ...Object.keys(b.constraints ?? {})])) {
    const was = a.constraints?.[key]
    const now = b.constraints?.[key]
    if (!same(was, now)) push(`${key} ${show(was)} → ${show(now)}`, 'unchecked')
  }
  accessFlags(a, b, required, (text, effect) => out.push({ field, text, effect }))
  properties(sides, a, b, field, out, seen)
  additional(sides, a, b, field, out, seen, push)
  if (a.items !== undefined && b.items !== undefined) walk(sides, a.items, b.items, `${field}[]`, out, seen)
  else if (a.items !== undefined || b.items !== undefined)
    push(b.items ? 'items must now match a schema' : 'items may now be anything', b.items ? 'narrowed' : 'widened')
  if (unionsMoved(a, b, push)) return
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const pa = a[key] ?? []
    const pb = b[key] ?? []
    const { pairs, added, removed } = pairMembers(pa, pb)
    for (const [i, j] of pairs) walk(sides, pa[i] ?? {}, pb[j] ?? {}, `${field}${field ? ' ' : ''}${key}[${j}]`, out, seen)
    const grows = key === 'allOf' ? 'narrowed' : 'widened'
    const shrinks = key === 'allOf' ? 'widened' : 'narrowed'
    for (const j of added) push(`${key} member ${j} added`, grows)
    for (const i of removed) push(`${key} member ${i} removed`, shrinks)
  }
}

/** Whether two member lists hold the same members, in any order. */
const sameSet = (x: readonly Shape[], y: readonly Shape[]): boolean => {
  const { pairs, added, removed } = pairMembers(x, y)
  return added.length === 0 && removed.length === 0 && pairs.every(([i, j]) => same(x[i], y[j]))
}

/**
 * Members moved between `anyOf` and `oneOf` beside each other: the types read
 * both (the same union), the run-time check only `anyOf` when there is one.
 * Reported once, as the check's move; true when that is the whole change.
 */
function unionsMoved(a: Shape, b: Shape, push: Push): boolean {
  if (a.anyOf === undefined || a.oneOf === undefined) {
    if (b.anyOf === undefined || b.oneOf === undefined) return false
  }
  const all = (s: Shape): Shape[] => [...(s.anyOf ?? []), ...(s.oneOf ?? [])]
  if (!sameSet(all(a), all(b))) return false
  const checkedA = a.anyOf ?? a.oneOf ?? []
  const checkedB = b.anyOf ?? b.oneOf ?? []
  if (sameSet(checkedA, checkedB)) return true
  const narrower = checkedB.every((m) => checkedA.some((n) => same(m, n)))
  push('the run-time check now reads other members of the union (the types are the same)', narrower ? 'check-narrowed' : 'check-widened')
  return true
}

/** A member's tag: the single value one of its properties must have (a discriminator's `const`), as `name=value`. */
function tags(m: Shape): string[] {
  return Object.entries(m.properties ?? {})
    .filter(([, p]) => p.enum?.length === 1)
    .map(([name, p]) => `${name}=${JSON.stringify(p.enum?.[0])}`)
}

/**
 * Which member of the old list is which of the new: the same member first
 * (equal, or the same `$ref`), then the same tag, then what is left in
 * document order. Members are a set to the types and the run-time check, so
 * a reorder is no change and an edited member is compared with itself.
 */
function pairMembers(pa: readonly Shape[], pb: readonly Shape[]): { pairs: [number, number][]; added: number[]; removed: number[] } {
  const pairs: [number, number][] = []
  const freeA = new Set(pa.keys())
  const freeB = new Set(pb.keys())
  const match = (test: (x: Shape, y: Shape) => boolean): void => {
    for (const i of [...freeA]) {
      const j = [...freeB].find((k) => test(pa[i] ?? {}, pb[k] ?? {}))
      if (j === undefined) continue
      pairs.push([i, j])
      freeA.delete(i)
      freeB.delete(j)
    }
  }
  match((x, y) => same(x, y))
  match((x, y) => x.$ref !== undefined && x.$ref === y.$ref)
  match((x, y) => tags(x).some((t) => tags(y).includes(t)))
  const restA = [...freeA]
  const restB = [...freeB]
  for (let k = 0; k < Math.min(restA.length, restB.length); k += 1) pairs.push([restA[k] as number, restB[k] as number])
  return { pairs: pairs.sort((x, y) => x[1] - y[1]), added: restB.slice(restA.length), removed: restA.slice(restB.length) }
}

type Push = (text: string, effect: Effect) => void

/**
 * readOnly and writeOnly, as the generated types read them (openapi-typescript's
 * read/write markers): a readOnly property is left out of request bodies, a
 * writeOnly one out of response data. Gaining the flag takes the property out
 * of one direction (like a removal there); losing it brings the property into
 * that direction (like an addition, required if its object requires it).
 */
function accessFlags(a: Shape, b: Shape, required: boolean, push: (text: string, effect: (d: Direction) => Effect) => void): void {
  const flags = [
    ['readOnly', 'read-only', 'request'],
    ['writeOnly', 'write-only', 'response'],
  ] as const
  const entering: Effect = required ? 'narrowed' : 'added-optional'
  for (const [flag, name, leaves] of flags) {
    if (!a[flag] === !b[flag]) continue
    const effect: Effect = b[flag] ? 'removed' : entering
    push(`${b[flag] ? 'became' : 'is no longer'} ${name}`, (d) => (d === leaves ? effect : 'unchecked'))
  }
}

/** integer values are numbers, so number covers integer. */
const covers = (set: readonly string[], t: string): boolean => set.includes(t) || (t === 'integer' && set.includes('number'))

/** The TypeScript types a JSON type list becomes: integer is number. */
const tsTypes = (t: readonly string[]): string => [...new Set(t.map((x) => (x === 'integer' ? 'number' : x)))].sort().join()

function types(a: Shape, b: Shape, push: Push): void {
  if (same(a.type, b.type)) return
  const name = (t: string[] | undefined): string => (t === undefined ? 'any' : t.length === 0 ? 'null' : t.join(' | '))
  const text = `type ${name(a.type)} → ${name(b.type)}`
  if (a.type !== undefined && b.type !== undefined && tsTypes(a.type) === tsTypes(b.type)) {
    // integer ↔ number: the same TypeScript type; only the run-time check moves.
    const widens = b.type.includes('number') && !a.type.includes('number')
    push(`${text} (the same TypeScript type)`, widens ? 'check-widened' : 'check-narrowed')
    return
  }
  if (a.type === undefined) {
    push(text, 'narrowed')
    return
  }
  if (b.type === undefined) {
    push(text, 'widened')
    return
  }
  const gained = b.type.filter((t) => !covers(a.type ?? [], t))
  const lost = a.type.filter((t) => !covers(b.type ?? [], t))
  push(text, gained.length > 0 && lost.length > 0 ? 'changed' : gained.length > 0 ? 'widened' : 'narrowed')
}

function enums(a: Shape, b: Shape, push: Push): void {
  if (same(a.enum, b.enum)) return
  if (a.enum === undefined) {
    push(`became an enum of ${show(b.enum)}`, 'narrowed')
    return
  }
  if (b.enum === undefined) {
    push('is no longer an enum', 'widened')
    return
  }
  for (const v of b.enum) if (!a.enum.some((w) => same(v, w))) push(`enum value ${show(v)} added`, 'widened')
  for (const v of a.enum) if (!b.enum.some((w) => same(v, w))) push(`enum value ${show(v)} removed`, 'narrowed')
}

/** A required readOnly property may be absent from a request, a required writeOnly one from a response. */
function requiredness(s: Shape | undefined, effect: Effect): (d: Direction) => Effect {
  return (d) => ((d === 'request' && s?.readOnly) || (d === 'response' && s?.writeOnly) ? 'unchecked' : effect)
}

function properties(sides: SchemaSides, a: Shape, b: Shape, field: string, out: SchemaFinding[], seen: ReadonlySet<string>): void {
  const pa = a.properties ?? {}
  const pb = b.properties ?? {}
  const ra = new Set(a.required ?? [])
  const rb = new Set(b.required ?? [])
  const names = new Set([...Object.keys(pb), ...(b.required ?? []), ...Object.keys(pa), ...(a.required ?? [])])
  for (const name of names) {
    const at = prop(field, name)
    const inA = Object.hasOwn(pa, name) || ra.has(name)
    const inB = Object.hasOwn(pb, name) || rb.has(name)
    if (!inA) {
      const effect = rb.has(name) ? requiredness(pb[name], 'narrowed') : fixed('added-optional')
      out.push({ field: at, text: `added (${rb.has(name) ? 'required' : 'optional'})`, effect })
      continue
    }
    if (!inB) {
      out.push({ field: at, text: ra.has(name) ? 'removed (was required)' : 'removed', effect: fixed('removed') })
      continue
    }
    if (ra.has(name) !== rb.has(name)) {
      const effect = requiredness(pb[name], rb.has(name) ? 'narrowed' : 'widened')
      out.push({ field: at, text: rb.has(name) ? 'became required' : 'became optional', effect })
    }
    walk(sides, pa[name] ?? {}, pb[name] ?? {}, at, out, seen, rb.has(name))
  }
}

function additional(
  sides: SchemaSides,
  a: Shape,
  b: Shape,
  field: string,
  out: SchemaFinding[],
  seen: ReadonlySet<string>,
  push: Push,
): void {
  const was = a.additionalProperties
  const now = b.additionalProperties
  if (was === now) return
  if (typeof was === 'object' && typeof now === 'object') {
    walk(sides, was, now, prop(field, '*'), out, seen)
    return
  }
  if ((was === undefined && now === false) || (was === false && now === undefined)) {
    const text = now === false ? 'no longer allows additional properties' : 'now allows any additional properties'
    push(`${text} (the types are the same)`, additionalEffect(was, now))
    return
  }
  const said = (x: boolean | Shape | undefined): string =>
    x === false
      ? 'no other properties'
      : x === true
        ? 'any other properties (typed)'
        : x === undefined
          ? 'any other properties'
          : 'other properties of a schema'
  const text = `additional properties: ${said(was)} → ${said(now)}`
  push(text, additionalEffect(was, now))
}

/**
 * What a change of `additionalProperties` does. `true` (or `{}`) gives the
 * types an index signature; absent gives none, though the run-time check
 * allows extra properties either way; `false` has no TypeScript form.
 */
function additionalEffect(was: boolean | Shape | undefined, now: boolean | Shape | undefined): Effect {
  // false ↔ absent: only the run-time check moves.
  if (was === undefined && now === false) return 'check-narrowed'
  if (was === false && now === undefined) return 'check-widened'
  // The index signature goes: extra properties stop compiling in calls, and reading one stops compiling.
  if (was === true && now === undefined) return 'removed'
  if (was === true && now === false) return 'changed'
  // An index signature appears: nothing that compiled stops compiling.
  if (now === true) return was === false ? 'check-widened' : 'added-optional'
  const rank = (x: boolean | Shape | undefined): number => (x === false ? 0 : typeof x === 'object' ? 1 : 2)
  return rank(now) > rank(was) ? 'widened' : 'narrowed'
}
