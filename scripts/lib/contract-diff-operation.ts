/**
 * The changes within one operation: its operationId, parameters, request
 * body, response statuses, media types, headers and inline schemas. Pure.
 */
import type { ContentContract, Direction, OperationContract, ParameterContract, ResponseContract } from './contract.js'
import type { Emit } from './contract-diff.js'
import { diffShapes, type SchemaSides } from './contract-diff-schema.js'
import { addition, breaking, classify, cosmetic, type Effect } from './contract-rules.js'
import type { Shape } from './contract-schema.js'
import { same } from './spec-refs.js'

/** Response headers the clients themselves read; every other declared header only appears in the types. */
export const CLIENT_READ_HEADERS = ['retry-after', 'content-type']

const RANGE = /^[1-5]XX$/i
const isSuccess = (status: string): boolean => status.startsWith('2')
/** A response whose error kind the client derives (http_4XX, http_default) instead of a hand-written name. */
const isDerivedError = (status: string): boolean => status === 'default' || (RANGE.test(status) && !isSuccess(status))
/** The error kind the client derives for a range or `default` response. */
const derivedKind = (status: string): string => `http_${status === 'default' ? 'default' : status.toUpperCase()}`
const mediaKind = (type: string): string =>
  /^application\/([\w.-]+\+)?json\b/i.test(type) || /\+json\b/i.test(type) ? 'json' : /^text\//i.test(type) ? 'text' : 'binary'

/** The media type the client sends a body as: JSON when one is declared, else the first. */
export function sentMediaType(content: ContentContract): string | undefined {
  const types = Object.keys(content)
  return types.find((t) => mediaKind(t) === 'json') ?? types[0]
}

function schemaChanges(sides: SchemaSides, key: string, where: string, a: Shape | null, b: Shape | null, d: Direction, emit: Emit): void {
  if (a === null && b === null) return
  if (a === null || b === null) {
    const effect: Effect = a === null ? 'narrowed' : 'widened'
    emit(key, `${where} ${a === null ? 'now declares a schema' : 'no longer declares a schema'}`, classify(new Map([[d, effect]])))
    return
  }
  for (const f of diffShapes(sides, a, b)) {
    const text = [where, f.field && `property "${f.field}"`, f.text].filter(Boolean).join(' ')
    emit(key, text, classify(new Map([[d, f.effect(d)]])))
  }
}

/** "query status" → 'query parameter "status"' */
function parameterName(key: string): string {
  const [where = '', ...name] = key.split(' ')
  return `${where} parameter "${name.join(' ')}"`
}

function diffParameter(sides: SchemaSides, key: string, name: string, a: ParameterContract, b: ParameterContract, emit: Emit): void {
  const where = parameterName(name)
  if (a.required !== b.required) {
    const verdict = b.required
      ? breaking('calls without it stop compiling', 'compile')
      : addition('every call that compiled still compiles')
    emit(key, `${where} became ${b.required ? 'required' : 'optional'}`, verdict)
  }
  if (a.style !== b.style || a.explode !== b.explode) {
    const show = (p: ParameterContract): string => `${p.style}${p.explode ? ', explode' : ''}`
    emit(key, `${where} serialisation ${show(a)} → ${show(b)}`, breaking('the client serialises it differently on the wire', 'wire'))
  }
  schemaChanges(sides, key, where, a.schema, b.schema, 'request', emit)
}

function diffParameters(sides: SchemaSides, key: string, a: OperationContract, b: OperationContract, emit: Emit): void {
  for (const [name, p] of Object.entries(b.parameters)) {
    if (a.parameters[name] !== undefined) continue
    const verdict = p.required ? breaking('calls without it stop compiling', 'compile') : addition('a new optional parameter')
    emit(key, `${p.required ? 'required' : 'optional'} ${parameterName(name)} added`, verdict)
  }
  for (const [name, was] of Object.entries(a.parameters)) {
    const now = b.parameters[name]
    if (now === undefined) emit(key, `${parameterName(name)} removed`, breaking('calls that pass it stop compiling', 'compile'))
    else diffParameter(sides, key, name, was, now, emit)
  }
}

function diffRequestBody(sides: SchemaSides, key: string, a: OperationContract, b: OperationContract, emit: Emit): void {
  const was = a.requestBody
  const now = b.requestBody
  if (was === null && now === null) return
  if (was === null || now === null) {
    const verdict =
      now === null
        ? breaking('calls that pass a body stop compiling', 'compile')
        : now.required
          ? breaking('calls without a body stop compiling', 'compile')
          : addition('a new optional body')
    emit(key, `${now === null ? '' : now.required ? 'required ' : 'optional '}request body ${now === null ? 'removed' : 'added'}`, verdict)
    return
  }
  if (was.required !== now.required) {
    const verdict = now.required
      ? breaking('calls without a body stop compiling', 'compile')
      : addition('every call that compiled still compiles')
    emit(key, `request body became ${now.required ? 'required' : 'optional'}`, verdict)
  }
  const sentA = sentMediaType(was.content)
  const sentB = sentMediaType(now.content)
  if (sentA !== sentB) emit(key, `request media type ${sentA} → ${sentB}`, breaking(`requests now go out as ${sentB}`, 'wire'))
  const kept = `the client still sends ${sentB}`
  for (const t of Object.keys(now.content))
    if (!(t in was.content) && t !== sentB) emit(key, `request media type ${t} also declared`, cosmetic(kept))
  for (const t of Object.keys(was.content))
    if (!(t in now.content) && t !== sentA) emit(key, `request media type ${t} no longer declared`, cosmetic(kept))
  if (sentA !== undefined && sentB !== undefined) {
    schemaChanges(sides, key, 'request body', was.content[sentA] ?? null, now.content[sentB] ?? null, 'request', emit)
  }
}

function statusAdded(key: string, status: string, op: OperationContract, before: OperationContract, emit: Emit): void {
  const res = op.responses[status] as ResponseContract
  if (isDerivedError(status)) {
    const why = `the error union gains ${derivedKind(status)}: exhaustive switches over error.kind stop compiling`
    emit(key, `response ${status} added`, breaking(why, 'compile'))
    return
  }
  if (isSuccess(status)) {
    const bodies = Object.entries(before.responses).filter(([s]) => isSuccess(s))
    const sameBody = bodies.some(([, r]) => same(r.content, res.content))
    const verdict = sameBody ? addition('the same body as an existing success') : breaking('data becomes a union with this body', 'compile')
    emit(key, `response ${status} added`, verdict)
    return
  }
  emit(key, `response ${status} added`, breaking('every exact error status needs a kind name in ErrorKindMap', 'compile'))
}

function statusRemoved(key: string, status: string, op: OperationContract, emit: Emit): void {
  const why = isDerivedError(status)
    ? `the error union loses ${derivedKind(status)}: exhaustive switches over error.kind stop compiling`
    : isSuccess(status)
      ? `${op.operationId ? `operations['${op.operationId}']` : 'the operation'}.responses[${status}] no longer exists`
      : 'its kind name in ErrorKindMap no longer matches a declared status'
  emit(key, `response ${status} removed`, breaking(why, 'compile'))
}

function diffHeaders(key: string, status: string, a: ResponseContract, b: ResponseContract, emit: Emit): void {
  const lower = (h: ResponseContract['headers']) => new Map(Object.entries(h).map(([n, v]) => [n.toLowerCase(), { n, v }]))
  const ha = lower(a.headers)
  const hb = lower(b.headers)
  const why = (name: string): string =>
    CLIENT_READ_HEADERS.includes(name)
      ? `the client reads ${name} the same way, declared or not`
      : 'it appears in the types only; the clients do not read it'
  for (const [name, { n, v }] of hb) {
    const old = ha.get(name)
    if (old === undefined) emit(key, `response ${status} header ${n} declared`, cosmetic(why(name)))
    else if (!same(old.v, v)) emit(key, `response ${status} header ${n} changed`, cosmetic(why(name)))
  }
  for (const [name, { n }] of ha) if (!hb.has(name)) emit(key, `response ${status} header ${n} no longer declared`, cosmetic(why(name)))
}

function diffResponse(sides: SchemaSides, key: string, status: string, a: ResponseContract, b: ResponseContract, emit: Emit): void {
  const kinds = (c: ContentContract): string => [...new Set(Object.keys(c).map(mediaKind))].sort().join()
  const retyped = kinds(a.content) !== kinds(b.content)
  for (const t of Object.keys(a.content)) {
    if (t in b.content) continue
    const why = `a response sent as ${t} no longer matches the declared media types${retyped ? ", and data's type changes" : ''}`
    emit(
      key,
      `response ${status} media type ${t} removed`,
      breaking(why, ...(retyped ? (['compile', 'invalid_body'] as const) : (['invalid_body'] as const))),
    )
  }
  for (const t of Object.keys(b.content)) {
    if (!(t in a.content)) emit(key, `response ${status} media type ${t} added`, addition(`a response may also come as ${t}`))
  }
  const several = Object.keys(b.content).length > 1
  for (const [t, schema] of Object.entries(b.content)) {
    if (!(t in a.content)) continue
    schemaChanges(sides, key, `response ${status} body${several ? ` (${t})` : ''}`, a.content[t] ?? null, schema, 'response', emit)
  }
  diffHeaders(key, status, a, b, emit)
}

export function diffOperation(sides: SchemaSides, key: string, a: OperationContract, b: OperationContract, emit: Emit): void {
  if (a.operationId !== b.operationId) {
    const verdict =
      a.operationId === null
        ? addition(`a new name, operations['${b.operationId}']`)
        : breaking(`operations['${a.operationId}'] no longer exists (TS2339)`, 'compile')
    emit(key, `operationId ${a.operationId ?? 'none'} → ${b.operationId ?? 'none'}`, verdict)
  }
  diffParameters(sides, key, a, b, emit)
  diffRequestBody(sides, key, a, b, emit)
  for (const status of Object.keys(b.responses)) if (a.responses[status] === undefined) statusAdded(key, status, b, a, emit)
  for (const [status, was] of Object.entries(a.responses)) {
    const now = b.responses[status]
    if (now === undefined) statusRemoved(key, status, a, emit)
    else diffResponse(sides, key, status, was, now, emit)
  }
}
