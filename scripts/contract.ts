/**
 * The contract summary of a spec: what a client can rely on (operations,
 * parameters, request bodies, response statuses, required fields and enum
 * values), and the plain-words diff between two summaries. Pure: no I/O.
 */

import { isObject, type Json, METHODS, resolveRef } from './lib/spec-refs.js'

export interface ResponseContract {
  contentTypes: string[]
  /** Required fields by object path ('' is the top level, 'profile' a nested object, 'items[]' an array's items). */
  required: Record<string, string[]>
  /** Enum values by property path. */
  enums: Record<string, unknown[]>
}

export interface OperationContract {
  operationId: string | null
  /** "in name" → required, e.g. "path id": true. */
  parameters: Record<string, boolean>
  requestBody: { required: boolean; contentTypes: string[] } | null
  responses: Record<string, ResponseContract>
}

export type ApiContract = Record<string, OperationContract>

function deref(spec: Json, node: unknown): unknown {
  return resolveRef(spec, node).node
}

function walkSchema(spec: Json, node: unknown, path: string, out: ResponseContract, depth = 0): void {
  const schema = deref(spec, node)
  if (!isObject(schema) || depth > 32) return
  if (Array.isArray(schema.required) && schema.required.length > 0) {
    out.required[path] = [...new Set([...(out.required[path] ?? []), ...schema.required.map(String)])].sort()
  }
  if (Array.isArray(schema.enum)) out.enums[path || '(body)'] = [...schema.enum]
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[key]
    if (Array.isArray(parts)) for (const part of parts) walkSchema(spec, part, path, out, depth + 1)
  }
  const props = schema.properties
  if (isObject(props)) {
    for (const [name, child] of Object.entries(props)) walkSchema(spec, child, path ? `${path}.${name}` : name, out, depth + 1)
  }
  if (schema.items !== undefined) walkSchema(spec, schema.items, `${path}[]`, out, depth + 1)
}

function summariseResponse(spec: Json, response: unknown): ResponseContract {
  const res = deref(spec, response)
  const content = isObject(res) && isObject(res.content) ? res.content : {}
  const out: ResponseContract = { contentTypes: Object.keys(content).sort(), required: {}, enums: {} }
  for (const media of Object.values(content)) if (isObject(media)) walkSchema(spec, media.schema, '', out)
  return out
}

function summariseOperation(spec: Json, pathItem: Json, op: Json): OperationContract {
  const parameters: Record<string, boolean> = {}
  const params = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(op.parameters) ? op.parameters : []),
  ]
  for (const p of params.map((x) => deref(spec, x))) {
    if (isObject(p)) parameters[`${String(p.in)} ${String(p.name)}`] = p.required === true
  }
  const body = deref(spec, op.requestBody)
  const requestBody = isObject(body)
    ? { required: body.required === true, contentTypes: Object.keys(isObject(body.content) ? body.content : {}).sort() }
    : null
  const responses: Record<string, ResponseContract> = {}
  const declared = isObject(op.responses) ? op.responses : {}
  for (const status of Object.keys(declared).sort()) responses[status] = summariseResponse(spec, declared[status])
  return { operationId: typeof op.operationId === 'string' ? op.operationId : null, parameters, requestBody, responses }
}

/** Summarises a parsed OpenAPI 3.x document. Keys are "METHOD /path". */
export function summariseSpec(spec: Json): ApiContract {
  const contract: ApiContract = {}
  const paths = isObject(spec.paths) ? spec.paths : {}
  for (const path of Object.keys(paths).sort()) {
    const item = deref(spec, paths[path])
    if (!isObject(item)) continue
    for (const method of METHODS) {
      const op = item[method]
      if (isObject(op)) contract[`${method.toUpperCase()} ${path}`] = summariseOperation(spec, item, op)
    }
  }
  return contract
}

function added<T>(before: readonly T[], after: readonly T[]): T[] {
  return after.filter((x) => !before.some((y) => JSON.stringify(y) === JSON.stringify(x)))
}

function diffResponse(where: string, a: ResponseContract, b: ResponseContract): string[] {
  const lines: string[] = []
  for (const t of added(a.contentTypes, b.contentTypes)) lines.push(`${where}: content type ${t} added`)
  for (const t of added(b.contentTypes, a.contentTypes)) lines.push(`${where}: content type ${t} removed`)
  const field = (path: string, name: string): string => (path ? `${path}.${name}` : name)
  for (const path of new Set([...Object.keys(a.required), ...Object.keys(b.required)])) {
    for (const f of added(a.required[path] ?? [], b.required[path] ?? [])) lines.push(`${where}: required field "${field(path, f)}" added`)
    for (const f of added(b.required[path] ?? [], a.required[path] ?? []))
      lines.push(`${where}: required field "${field(path, f)}" removed`)
  }
  for (const path of new Set([...Object.keys(a.enums), ...Object.keys(b.enums)])) {
    const before = a.enums[path]
    const after = b.enums[path]
    if (before === undefined) lines.push(`${where}: ${path} became an enum of ${JSON.stringify(after)}`)
    else if (after === undefined) lines.push(`${where}: ${path} is no longer an enum`)
    else {
      for (const v of added(before, after)) lines.push(`${where}: ${path} enum value ${JSON.stringify(v)} added`)
      for (const v of added(after, before)) lines.push(`${where}: ${path} enum value ${JSON.stringify(v)} removed`)
    }
  }
  return lines
}

function diffOperation(where: string, a: OperationContract, b: OperationContract): string[] {
  const lines: string[] = []
  if (a.operationId !== b.operationId) lines.push(`${where}: operationId changed from ${String(a.operationId)} to ${String(b.operationId)}`)
  for (const p of new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])) {
    const was = a.parameters[p]
    const now = b.parameters[p]
    if (was === undefined) lines.push(`${where}: ${now ? 'required' : 'optional'} parameter ${p} added`)
    else if (now === undefined) lines.push(`${where}: parameter ${p} removed`)
    else if (was !== now) lines.push(`${where}: parameter ${p} became ${now ? 'required' : 'optional'}`)
  }
  if (JSON.stringify(a.requestBody) !== JSON.stringify(b.requestBody)) {
    const show = (r: OperationContract['requestBody']): string =>
      r === null ? 'none' : `${r.required ? 'required' : 'optional'} ${r.contentTypes.join(', ')}`
    lines.push(`${where}: request body changed from ${show(a.requestBody)} to ${show(b.requestBody)}`)
  }
  for (const s of Object.keys(b.responses)) if (a.responses[s] === undefined) lines.push(`${where}: response ${s} added`)
  for (const [s, before] of Object.entries(a.responses)) {
    const after = b.responses[s]
    if (after === undefined) lines.push(`${where}: response ${s} removed`)
    else lines.push(...diffResponse(`${where} ${s}`, before, after))
  }
  return lines
}

/** Every difference between two summaries of one API, in plain words, e.g. "onekey DELETE /v3/x: response 426 removed". */
export function diffContracts(api: string, before: ApiContract, after: ApiContract): string[] {
  const lines: string[] = []
  for (const op of Object.keys(after)) if (before[op] === undefined) lines.push(`${api} ${op}: operation added`)
  for (const [op, was] of Object.entries(before)) {
    const now = after[op]
    lines.push(...(now === undefined ? [`${api} ${op}: operation removed`] : diffOperation(`${api} ${op}`, was, now)))
  }
  return lines
}
