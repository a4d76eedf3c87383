/**
 * Reads redocly.yaml: which APIs there are, where their specs live, and the
 * reason written next to every rule we turn down for a vendor's spec.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isMap, isScalar, type Pair, parseDocument } from 'yaml'

export const ROOT = resolve(import.meta.dirname, '../..')

export interface ApiEntry {
  name: string
  /** Spec path relative to the repo root, e.g. specs/onekey.json */
  root: string
}

export interface RuleOverride {
  /** The API it applies to, or '*' for a top-level override. */
  api: string
  rule: string
  severity: string
  reason: string | undefined
}

export interface LintConfig {
  apis: ApiEntry[]
  overrides: RuleOverride[]
}

export function readLintConfig(path = resolve(ROOT, 'redocly.yaml')): LintConfig {
  const doc = parseDocument(readFileSync(path, 'utf8'))
  const apisNode = doc.get('apis')
  if (!isMap(apisNode)) throw new Error('redocly.yaml has no "apis" map')
  const apis: ApiEntry[] = []
  const overrides: RuleOverride[] = readOverrides('*', doc.get('rules'))
  for (const pair of apisNode.items) {
    const name = String(isScalar(pair.key) ? pair.key.value : pair.key)
    const api = pair.value
    const root = isMap(api) ? api.get('root') : undefined
    if (typeof root !== 'string') throw new Error(`redocly.yaml: api "${name}" has no root`)
    apis.push({ name, root })
    overrides.push(...readOverrides(name, isMap(api) ? api.get('rules') : undefined))
  }
  return { apis, overrides }
}

function readOverrides(api: string, rules: unknown): RuleOverride[] {
  if (!isMap(rules)) return []
  return (rules.items as Pair[]).map((pair, index) => {
    const key = pair.key
    const value = pair.value
    const rule = String(isScalar(key) ? key.value : key)
    const severity = isScalar(value) ? String(value.value) : isMap(value) ? String(value.get('severity') ?? 'custom') : 'custom'
    // yaml attaches a comment above a map's first key to the map itself.
    const above = isScalar(key) ? key.commentBefore : undefined
    const comment = above ?? (index === 0 ? rules.commentBefore : undefined) ?? (isScalar(value) ? value.comment : undefined)
    const reason = comment?.replace(/\s*\n\s*/g, ' ').trim() || undefined
    return { api, rule, severity, reason }
  })
}
