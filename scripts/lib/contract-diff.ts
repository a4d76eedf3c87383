/**
 * Every difference between two contract summaries of one API, each classed
 * for a user of this package: breaking (compile break, invalid_body at run
 * time, changed wire) or not, and the semver level it calls for. A change to
 * a shared component schema is reported once, with the operations it
 * touches. Pure: no I/O.
 */
import { type ApiContract, type Direction, type OperationContract, schemaUsage } from './contract.js'
import { diffOperation } from './contract-diff-operation.js'
import { diffShapes, type SchemaSides } from './contract-diff-schema.js'
import { addition, type Break, breaking, classify, cosmetic, type Effect, type Level, type Verdict } from './contract-rules.js'
import type { Shape } from './contract-schema.js'
import { same } from './spec-refs.js'

export interface Change {
  api: string
  /** What changed: "GET /subscriptions", "components.schemas.Subscription", "servers", or the spec file. */
  subject: string
  text: string
  breaks: Break[]
  level: Level
  why: string
  /** For a component: the operations it reaches, e.g. "GET /subscriptions (response)". */
  usedBy: string[]
}

export type Emit = (subject: string, text: string, verdict: Verdict, usedBy?: string[]) => void

/** Old name → new name for component schemas that vanished while an identical one appeared. */
export function detectRenames(before: Readonly<Record<string, Shape>>, after: Readonly<Record<string, Shape>>): Map<string, string> {
  const renamed = new Map<string, string>()
  const gone = Object.keys(before).filter((n) => !Object.hasOwn(after, n))
  const fresh = Object.keys(after).filter((n) => !Object.hasOwn(before, n))
  for (let progress = true; progress; ) {
    progress = false
    const taken = new Set(renamed.values())
    for (const old of gone.filter((n) => !renamed.has(n))) {
      // Compared as values (key order aside), with the references already known renamed read under their new names.
      const mapped: unknown = JSON.parse(
        JSON.stringify(before[old], (k, v) => (k === '$ref' && typeof v === 'string' ? (renamed.get(v) ?? v) : v)),
      )
      const matches = fresh.filter((n) => !taken.has(n) && same(after[n], mapped))
      if (matches.length === 1 && matches[0] !== undefined) {
        renamed.set(old, matches[0])
        progress = true
      }
    }
  }
  return renamed
}

function usageLines(usage: Map<string, Set<Direction>> | undefined): string[] {
  return [...(usage ?? new Map<string, Set<Direction>>())].map(([op, dirs]) => `${op} (${[...dirs].sort().join(', ')})`).sort()
}

function diffSchemas(sides: SchemaSides, before: ApiContract, after: ApiContract, emit: Emit): void {
  const usedBefore = schemaUsage(before)
  const usedAfter = schemaUsage(after)
  const nameIn = (kind: string, name: string): string => `components['${kind}']['${name}']`
  for (const [old, now] of sides.renamed) {
    const why = `${nameIn('schemas', old)} no longer exists (TS2339); it is now ${nameIn('schemas', now)}`
    emit(`components.schemas.${old}`, `renamed to ${now}`, breaking(why, 'compile'), usageLines(usedAfter.get(now)))
  }
  for (const name of Object.keys(before.schemas)) {
    if (Object.hasOwn(after.schemas, name) || sides.renamed.has(name)) continue
    emit(
      `components.schemas.${name}`,
      'removed',
      breaking(`${nameIn('schemas', name)} no longer exists (TS2339)`, 'compile'),
      usageLines(usedBefore.get(name)),
    )
  }
  const renamedTo = new Set(sides.renamed.values())
  for (const name of Object.keys(after.schemas)) {
    if (!Object.hasOwn(before.schemas, name) && !renamedTo.has(name))
      emit(`components.schemas.${name}`, 'added', addition(`a new name, ${nameIn('schemas', name)}`), usageLines(usedAfter.get(name)))
  }
  for (const [name, now] of Object.entries(after.schemas)) {
    const was = before.schemas[name]
    if (was === undefined || same(was, now)) continue
    const usage = new Map([...(usedBefore.get(name) ?? []), ...(usedAfter.get(name) ?? [])])
    const directions = new Set([...usage.values()].flatMap((d) => [...d]))
    const travels: Direction[] = directions.size === 0 ? ['request', 'response'] : [...directions].sort()
    const usedBy = usageLines(usage)
    for (const f of diffShapes(sides, was, now)) {
      const verdict = classify(new Map(travels.map((d): [Direction, Effect] => [d, f.effect(d)])))
      const unused = directions.size === 0 ? ' (no operation uses it; classed as if sent and received)' : ''
      emit(
        `components.schemas.${name}`,
        [f.field && `property "${f.field}"`, f.text].filter(Boolean).join(' '),
        { ...verdict, why: verdict.why + unused },
        usedBy,
      )
    }
  }
}

function diffOtherComponents(before: ApiContract, after: ApiContract, emit: Emit): void {
  for (const kind of new Set([...Object.keys(before.components), ...Object.keys(after.components)])) {
    const was = before.components[kind] ?? {}
    const now = after.components[kind] ?? {}
    const name = (n: string): string => `components['${kind}']['${n}']`
    const fresh = Object.keys(now).filter((n) => !Object.hasOwn(was, n))
    for (const old of Object.keys(was).filter((n) => !Object.hasOwn(now, n))) {
      const to = fresh.filter((n) => now[n] === was[old])
      const renamedTo = to.length === 1 ? to[0] : undefined
      if (renamedTo !== undefined) fresh.splice(fresh.indexOf(renamedTo), 1)
      const text = renamedTo === undefined ? 'removed' : `renamed to ${renamedTo}`
      emit(`components.${kind}.${old}`, text, breaking(`${name(old)} no longer exists (TS2339)`, 'compile'))
    }
    for (const n of fresh) emit(`components.${kind}.${n}`, 'added', addition(`a new name, ${name(n)}`))
  }
}

function diffOperations(sides: SchemaSides, before: ApiContract, after: ApiContract, emit: Emit): void {
  for (const [key, op] of Object.entries(after.operations)) {
    if (before.operations[key] === undefined) emit(key, 'operation added', addition(describeNew(op)))
  }
  for (const [key, was] of Object.entries(before.operations)) {
    const now = after.operations[key]
    if (now === undefined) {
      const why = `paths['${key.split(' ')[1]}'] loses ${key.split(' ')[0]}${was.operationId ? ` and operations['${was.operationId}'] is gone` : ''}: calls stop compiling`
      emit(key, 'operation removed', breaking(why, 'compile'))
    } else diffOperation(sides, key, was, now, emit)
  }
}

function describeNew(op: OperationContract): string {
  return `a new operation, typed and callable${op.operationId ? ` as operations['${op.operationId}']` : ''}`
}

/** Every change from one summary to the next, classed. */
export function diffContracts(api: string, before: ApiContract, after: ApiContract): Change[] {
  const changes: Change[] = []
  const emit: Emit = (subject, text, verdict, usedBy = []) => changes.push({ api, subject, text, ...verdict, usedBy })
  const sides: SchemaSides = { before: before.schemas, after: after.schemas, renamed: detectRenames(before.schemas, after.schemas) }
  if (!same(before.servers, after.servers)) {
    const show = (s: string[]): string => (s.length === 0 ? 'none' : s.join(', '))
    const [was, now] = [before.servers[0], after.servers[0]]
    const verdict =
      was === now
        ? cosmetic('the first server, the default base URL, is the same')
        : breaking(`clients without a baseUrl of their own now call ${now ?? 'no server: createApiClient needs baseUrl'}`, 'wire')
    emit('servers', `${show(before.servers)} → ${show(after.servers)}`, verdict)
  }
  diffOperations(sides, before, after, emit)
  diffSchemas(sides, before, after, emit)
  diffOtherComponents(before, after, emit)
  return changes
}
