/**
 * The mutation corpus (test/fixtures/mutations.json): realistic vendor
 * changes, each a patch on a base spec with the report lines and classes it
 * must produce. The bases are FunnelFox as its three fixture pages assemble
 * (shared component schemas) and OneKey as committed.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { fragmentFromPage } from '../../scripts/lib/spec-files.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { planVendor } from '../../scripts/lib/vendor-pages.js'
import { fixture, ROOT } from './support.js'

export type Op =
  | { op: 'add' | 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'rename-schema'; from: string; to: string }

export interface Expected {
  line: string
  class: 'breaking' | 'non-breaking'
  /** For breaking lines: compile, invalid_body, wire. For the others: the semver level. */
  because: string[]
  usedBy?: string[]
}

export interface Mutation {
  name: string
  change: string
  api: 'funnelfox' | 'onekey'
  patch: Op[]
  expect: Expected[]
  verdict: 'major' | 'minor' | 'patch'
}

export function readCorpus(): Mutation[] {
  return JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/mutations.json'), 'utf8')) as Mutation[]
}

const PAGES = ['cancel-subscription', 'list-subscriptions', 'get-subscription-details']

export function baseSpec(api: Mutation['api']): Json {
  if (api === 'onekey') return JSON.parse(readFileSync(resolve(ROOT, 'specs/onekey.json'), 'utf8')) as Json
  const fragments = PAGES.map((page) => fragmentFromPage({ page }, fixture(`funnelfox-${page}.md`)))
  const plan = planVendor('funnelfox', undefined, fragments, '')
  return parse(plan.files['specs/funnelfox.yaml'] ?? '') as Json
}

const unescapePointer = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~')

function parentOf(doc: Json, path: string): { parent: Record<string, unknown> | unknown[]; key: string } {
  const parts = path.split('/').slice(1).map(unescapePointer)
  const key = parts.pop()
  let at: unknown = doc
  for (const p of parts) {
    at = (at as Record<string, unknown>)[p]
    if (typeof at !== 'object' || at === null) throw new Error(`no ${p} on the way to ${path}`)
  }
  if (key === undefined) throw new Error(`empty path ${path}`)
  return { parent: at as Record<string, unknown> | unknown[], key }
}

function renameSchema(node: unknown, from: string, to: string): unknown {
  if (Array.isArray(node)) return node.map((n) => renameSchema(n, from, to))
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && v === `#/components/schemas/${from}` ? `#/components/schemas/${to}` : renameSchema(v, from, to),
    ]),
  )
}

/** Applies JSON Patch add/replace/remove (and rename-schema, which renames a component schema and every reference to it). */
export function applyPatch(base: Json, ops: readonly Op[]): Json {
  let doc = structuredClone(base)
  for (const o of ops) {
    if (o.op === 'rename-schema') {
      const schemas = (doc.components as Json).schemas as Json
      const renamed = Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k === o.from ? o.to : k, v]))
      doc = renameSchema({ ...doc, components: { ...(doc.components as Json), schemas: renamed } }, o.from, o.to) as Json
      continue
    }
    const { parent, key } = parentOf(doc, o.path)
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key)
      if (o.op === 'remove') parent.splice(index, 1)
      else parent.splice(index, o.op === 'replace' ? 1 : 0, o.value)
    } else if (o.op === 'remove') {
      if (!(key in parent)) throw new Error(`nothing to remove at ${o.path}`)
      delete parent[key]
    } else {
      if (o.op === 'replace' && !(key in parent)) throw new Error(`nothing to replace at ${o.path}`)
      parent[key] = o.value
    }
  }
  return doc
}
