/**
 * One vendor spec from the fragments of several documentation pages. Each
 * page contributes its operations, each with the path-level parameters and
 * servers its own page gives; the shared parts (openapi, info, servers,
 * security, components, tags, …) must agree wherever two pages both carry
 * them. The result is deterministic: it depends on the set of pages, not on
 * the order they were extracted in. Pure: no I/O.
 */
import { stringify } from 'yaml'
import type { SpecFormat } from './extract.js'
import { isObject, type Json, METHODS, resolveRef, same } from './spec-refs.js'

export interface Fragment {
  page: string
  document: Json
}

/** Two pages that cannot be merged, worded for a one-line CLI message. */
export class MergeError extends Error {
  override readonly name = 'MergeError'
}

const TOP_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'components']
const COMPONENT_ORDER = [
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
]
const METHOD_SET = new Set<string>(METHODS)

const ordered = (keys: Iterable<string>, order: readonly string[]): string[] =>
  [...new Set(keys)].sort((a, b) => rank(a, order) - rank(b, order) || (a < b ? -1 : a > b ? 1 : 0))
const rank = (k: string, order: readonly string[]): number => (order.includes(k) ? order.indexOf(k) : order.length)

/** Sets `into[key]` from a page; refuses when another page set it differently. */
function agree(into: Json, owners: Map<string, string>, where: string, key: string, value: unknown, page: string): void {
  const owner = owners.get(`${where}${key}`)
  if (owner === undefined) {
    into[key] = value
    owners.set(`${where}${key}`, page)
  } else if (!same(into[key], value)) {
    throw new MergeError(`pages "${owner}" and "${page}" disagree on ${where}${key}; the vendor's pages must share one ${where}${key}`)
  }
}

/** Path-item fields that apply to the item's operations: on one page they apply to that page's operations only. */
const OPERATION_LEVEL = new Set(['parameters', 'servers'])

const paramKey = (document: Json, p: unknown): string => {
  const node = resolveRef(document, p).node
  return isObject(node) ? `${String(node.in)} ${String(node.name)}` : JSON.stringify(p)
}

/**
 * A page's operation with the page's path-level parameters (those it does not
 * override by name and location) and servers moved into it, so that merging
 * pages never hands one page's path-level fields to another page's operations.
 */
function withPathLevel(document: Json, item: Json, operation: unknown): unknown {
  if (!isObject(operation)) return operation
  const shared = Array.isArray(item.parameters) ? item.parameters : []
  const own = Array.isArray(operation.parameters) ? operation.parameters : []
  const overridden = new Set(own.map((p) => paramKey(document, p)))
  const inherited = shared.filter((p) => !overridden.has(paramKey(document, p)))
  const out: Json = { ...operation }
  if (inherited.length > 0) out.parameters = [...inherited, ...own]
  if (item.servers !== undefined && operation.servers === undefined) out.servers = item.servers
  return out
}

function mergePaths(fragments: readonly Fragment[], owners: Map<string, string>): Json {
  const paths: Record<string, Json> = {}
  for (const { page, document } of fragments) {
    const declared = isObject(document.paths) ? document.paths : {}
    for (const [path, item] of Object.entries(declared)) {
      if (!isObject(item)) continue
      const into = paths[path] ?? {}
      paths[path] = into
      for (const [key, value] of Object.entries(item)) {
        if (OPERATION_LEVEL.has(key)) continue
        if (!METHOD_SET.has(key)) agree(into, owners, `paths.${path}.`, key, value, page)
        else if (owners.has(`op ${key} ${path}`)) {
          throw new MergeError(`operation ${key.toUpperCase()} ${path} is on pages "${owners.get(`op ${key} ${path}`)}" and "${page}"`)
        } else {
          owners.set(`op ${key} ${path}`, page)
          into[key] = withPathLevel(document, item, value)
        }
      }
    }
  }
  const sortItem = (item: Json): Json => {
    const keys = Object.keys(item)
    return Object.fromEntries([...keys.filter((k) => !METHOD_SET.has(k)), ...METHODS.filter((m) => m in item)].map((k) => [k, item[k]]))
  }
  return Object.fromEntries(
    Object.keys(paths)
      .sort()
      .map((p) => [p, sortItem(paths[p] ?? {})]),
  )
}

function mergeNamed(fragments: readonly Fragment[], owners: Map<string, string>, key: 'components' | 'webhooks'): Json {
  const out: Json = {}
  for (const { page, document } of fragments) {
    const section = document[key]
    if (!isObject(section)) continue
    if (key === 'webhooks') for (const [name, v] of Object.entries(section)) agree(out, owners, 'webhooks.', name, v, page)
    else {
      for (const [kind, named] of Object.entries(section)) {
        if (!isObject(named)) {
          agree(out, owners, 'components.', kind, named, page)
          continue
        }
        const into = (isObject(out[kind]) ? out[kind] : {}) as Json
        out[kind] = into
        for (const [name, v] of Object.entries(named)) agree(into, owners, `components.${kind}.`, name, v, page)
      }
    }
  }
  const sortNames = (o: Json): Json =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    )
  if (key === 'webhooks') return sortNames(out)
  return Object.fromEntries(ordered(Object.keys(out), COMPONENT_ORDER).map((k) => [k, isObject(out[k]) ? sortNames(out[k]) : out[k]]))
}

function mergeTags(fragments: readonly Fragment[], owners: Map<string, string>): unknown[] {
  const byName: Json = {}
  for (const { page, document } of fragments) {
    for (const tag of Array.isArray(document.tags) ? document.tags : []) {
      if (isObject(tag) && typeof tag.name === 'string') agree(byName, owners, 'tags.', tag.name, tag, page)
    }
  }
  return Object.values(byName)
}

/** The merged document. Fragments are taken in page-name order, so the result does not depend on extraction order. */
export function mergeFragments(fragments: readonly Fragment[]): Json {
  const sorted = [...fragments].sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0))
  const owners = new Map<string, string>()
  const top: Json = {}
  for (const { page, document } of sorted) {
    for (const [key, value] of Object.entries(document)) {
      if (!['paths', 'components', 'webhooks', 'tags'].includes(key)) agree(top, owners, '', key, value, page)
    }
  }
  top.paths = mergePaths(sorted, owners)
  const tags = mergeTags(sorted, owners)
  if (tags.length > 0) top.tags = tags
  for (const key of ['components', 'webhooks'] as const) {
    const merged = mergeNamed(sorted, owners, key)
    if (Object.keys(merged).length > 0) top[key] = merged
  }
  return Object.fromEntries(ordered(Object.keys(top), TOP_ORDER).map((k) => [k, top[k]]))
}

/** The text of the assembled spec: JSON with two-space indent, or YAML under a header saying where it comes from. */
export function renderAssembled(document: Json, format: SpecFormat, header: string): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`
  const comment = header
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n')
  return `${comment}\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`
}

/** The operations a fragment holds, "METHOD /path", in document order. */
export function fragmentOperations(document: Json): string[] {
  const paths = isObject(document.paths) ? document.paths : {}
  return Object.entries(paths).flatMap(([path, item]) =>
    isObject(item) ? METHODS.filter((m) => isObject(item[m])).map((m) => `${m.toUpperCase()} ${path}`) : [],
  )
}
