/**
 * The changes within one operation: its operationId, parameters, request
 * body, response statuses, media types, headers and inline schemas. Pure.
 */

import { essence, matchMedia, mediaKind, requestMedia } from '../../src/core/table.js'
import { lowerEssence } from './caller-view.js'
import type { ContentContract, Direction, OperationContract, ParameterContract, ResponseContract } from './contract.js'
import type { Emit } from './contract-diff.js'
import { diffShapes, isScalarShape, type SchemaSides } from './contract-diff-schema.js'
import { addition, breaking, classify, cosmetic, type Effect, type Verdict } from './contract-rules.js'
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
function schemaChanges(
  sides: SchemaSides,
  key: string,
  where: string,
  a: Shape | null,
  b: Shape | null,
  d: Direction,
  emit: Emit,
  skip: (field: string, text: string) => boolean = () => false,
  adjust: (effect: Effect) => Effect = (effect) => effect,
): void {
  if (a === null && b === null) return
  if (a === null || b === null) {
    const effect: Effect = a === null ? 'narrowed' : 'widened'
    emit(key, `${where} ${a === null ? 'now declares a schema' : 'no longer declares a schema'}`, classify(new Map([[d, effect]])))
    return
  }
  for (const f of diffShapes(sides, a, b)) {
    if (skip(f.field, f.text)) continue
    const text = [where, f.field && `property "${f.field}"`, f.text].filter(Boolean).join(' ')
    emit(key, text, classify(new Map([[d, adjust(f.effect(d))]])))
  }
}

/** "query status" → 'query parameter "status"' */
function parameterName(key: string): string {
  const [where = '', ...name] = key.split(' ')
  return `${where} parameter "${name.join(' ')}"`
}

/** Whether a call must give the parameter: required, and not one the client sends a default for. */
const mustPass = (p: ParameterContract): boolean => p.required && p.sends === undefined
const shown = (v: string | undefined): string => (v === undefined ? 'nothing' : JSON.stringify(v))

/**
 * Required-ness and the default the client sends, together: a call that
 * leaves the parameter out compiles while it is optional or sent as a
 * default, and then goes out with whatever default the spec gives.
 */
function diffPassing(key: string, where: string, a: ParameterContract, b: ParameterContract, emit: Emit): void {
  const compile = mustPass(b) && !mustPass(a)
  const eases = mustPass(a) && !mustPass(b)
  const wire = a.sends !== b.sends && !mustPass(a)
  const passing = compile
    ? breaking('calls without it stop compiling', 'compile')
    : eases
      ? addition('every call that compiled still compiles')
      : cosmetic('a call may leave it out, before and after')
  if (a.required !== b.required) emit(key, `${where} became ${b.required ? 'required' : 'optional'}`, passing)
  if (a.sends === b.sends) return
  const text = `${where}: the client sends ${shown(b.sends)} (was ${shown(a.sends)}) when a call leaves it out`
  if (wire) {
    const why = `calls that leave it out now send ${shown(b.sends)}${compile && a.required === b.required ? ', and stop compiling' : ''}`
    emit(key, text, breaking(why, ...(compile && a.required === b.required ? (['compile', 'wire'] as const) : (['wire'] as const))))
  } else if (a.required === b.required) emit(key, text, passing)
}

/** Whether a parameter's values are scalars on both sides: a style then changes nothing but a path's label or matrix prefix. */
const scalarBoth = (sides: SchemaSides, a: ParameterContract, b: ParameterContract): boolean =>
  isScalarShape(sides.before, a.schema) && isScalarShape(sides.after, b.schema)

/** Whether the client puts the parameter on the wire differently: explode and most styles only shape arrays and objects. */
function serialisedDifferently(sides: SchemaSides, name: string, a: ParameterContract, b: ParameterContract): boolean {
  if (!a.allowReserved !== !b.allowReserved) return true
  if (a.style === b.style && a.explode === b.explode) return false
  if (!scalarBoth(sides, a, b)) return true
  // A scalar: only a path parameter's style (simple, label `.v`, matrix `;n=v`) changes its bytes.
  return name.startsWith('path ') && a.style !== b.style
}

/** The client checks no parameter value at run time: what moves only the check is the server's business, not a break here. */
const unchecked = (effect: Effect): Effect => (effect === 'check-narrowed' || effect === 'check-widened' ? 'unchecked' : effect)

function diffParameter(sides: SchemaSides, key: string, name: string, a: ParameterContract, b: ParameterContract, emit: Emit): void {
  const where = parameterName(name)
  diffPassing(key, where, a, b, emit)
  if (serialisedDifferently(sides, name, a, b)) {
    const show = (p: ParameterContract): string => `${p.style}${p.explode ? ', explode' : ''}${p.allowReserved ? ', allowReserved' : ''}`
    emit(key, `${where} serialisation ${show(a)} → ${show(b)}`, breaking('the client serialises it differently on the wire', 'wire'))
  }
  // A default the client sends is reported above, with what it does to calls.
  const sent = a.sends !== undefined || b.sends !== undefined
  schemaChanges(
    sides,
    key,
    where,
    a.schema,
    b.schema,
    'request',
    emit,
    (field, text) => sent && field === '' && text.startsWith('default '),
    unchecked,
  )
}

function diffParameters(sides: SchemaSides, key: string, a: OperationContract, b: OperationContract, emit: Emit): void {
  for (const [name, p] of Object.entries(b.parameters)) {
    if (a.parameters[name] !== undefined) continue
    const verdict = mustPass(p)
      ? breaking('calls without it stop compiling', 'compile')
      : p.sends !== undefined
        ? breaking(`every call that leaves it out sends ${shown(p.sends)}`, 'wire')
        : addition('a new optional parameter')
    emit(key, `${p.required ? 'required' : 'optional'} ${parameterName(name)} added`, verdict)
  }
  for (const [name, was] of Object.entries(a.parameters)) {
    const now = b.parameters[name]
    if (now !== undefined) diffParameter(sides, key, name, was, now, emit)
    else if (was.sends !== undefined)
      emit(
        key,
        `${parameterName(name)} removed`,
        breaking(`calls that pass it stop compiling; the client stops sending ${shown(was.sends)}`, 'compile', 'wire'),
      )
    else emit(key, `${parameterName(name)} removed`, breaking('calls that pass it stop compiling', 'compile'))
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
  const sentA = requestMedia(was.content)
  const sentB = requestMedia(now.content)
  if (sentA !== sentB) {
    const why = sentA !== undefined && sentB !== undefined && essence(sentA) === essence(sentB) ? `Content-Type: ${sentB}` : `as ${sentB}`
    emit(
      key,
      `request media type ${sentA} → ${sentB}`,
      breaking(`requests with an object body now go out ${why}${naming(sentA, sentB)}`, ...mediaBreaks(sentA, sentB)),
    )
  }
  diffRequestMedia(sides, key, was.content, now.content, emit)
}

/** A request media type key changed: always the wire (the Content-Type sent), and code naming the old key in the types. */
const keyed = (was: string | undefined, now: string | undefined): boolean =>
  was !== undefined && now !== undefined && lowerEssence(was) !== lowerEssence(now)
const naming = (was: string | undefined, now: string | undefined): string =>
  keyed(was, now) ? `, and code naming content['${lowerEssence(was ?? '')}'] in the generated types stops compiling` : ''
const mediaBreaks = (was: string | undefined, now: string | undefined): ('compile' | 'wire')[] =>
  keyed(was, now) ? ['compile', 'wire'] : ['wire']

/**
 * The other request media types, matched by type/subtype: the client picks
 * one by the body's value (a string as text/*, a Blob as binary…), so one
 * added takes new bodies and one removed refuses bodies it took.
 */
function diffRequestMedia(sides: SchemaSides, key: string, was: ContentContract, now: ContentContract, emit: Emit): void {
  const find = (content: ContentContract, t: string): string | undefined => Object.keys(content).find((k) => essence(k) === essence(t))
  const sentA = requestMedia(was)
  const sentB = requestMedia(now)
  for (const t of Object.keys(now)) {
    if (find(was, t) === undefined && t !== sentB) emit(key, `request media type ${t} added`, addition(`a body may also be sent as ${t}`))
  }
  for (const t of Object.keys(was)) {
    if (find(now, t) !== undefined || t === sentA) continue
    emit(key, `request media type ${t} removed`, breaking(`a body only ${t} took stops compiling`, 'compile'))
  }
  const several = Object.keys(now).length > 1
  for (const [t, schema] of Object.entries(now)) {
    const old = t === sentB && sentA !== undefined ? sentA : find(was, t)
    if (old === undefined) continue
    if (old !== t && essence(old) === essence(t) && t !== sentB) {
      emit(
        key,
        `request media type ${old} → ${t}`,
        breaking(`a body sent as ${essence(t)} now goes out with Content-Type: ${t}${naming(old, t)}`, ...mediaBreaks(old, t)),
      )
    }
    schemaChanges(sides, key, `request body${several ? ` (${t})` : ''}`, was[old] ?? null, schema, 'request', emit)
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

/**
 * A response's media types as the client reads them (src/core/table.ts
 * matchMedia): by type/subtype, any JSON type for any declared JSON type,
 * ranges last. A body of an old type that no new type matches is invalid_body.
 */
/**
 * A media type key whose text changed, though the client treats both alike:
 * the generated types key content by it (case aside), so code that names
 * `content['<old>']` stops compiling.
 */
function renamedMedia(was: string, now: string, alike: string): Verdict {
  return lowerEssence(was) === lowerEssence(now)
    ? cosmetic(`${alike}; the generated types key it the same`)
    : breaking(`${alike}, but code naming content['${lowerEssence(was)}'] in the generated types stops compiling (TS2339)`, 'compile')
}

function diffResponse(sides: SchemaSides, key: string, status: string, a: ResponseContract, b: ResponseContract, emit: Emit): void {
  const kinds = (c: ContentContract): string => [...new Set(Object.keys(c).map(mediaKind))].sort().join()
  const retyped = kinds(a.content) !== kinds(b.content)
  const declared = Object.keys(b.content)
  const reached = new Set<string>()
  for (const [t, schema] of Object.entries(a.content)) {
    const now = matchMedia(declared, t)
    if (now === undefined) {
      const why = `a response sent as ${t} no longer matches the declared media types, and ${retyped ? "data's type changes" : `code naming content['${lowerEssence(t)}'] in the generated types stops compiling`}`
      emit(key, `response ${status} media type ${t} removed`, breaking(why, 'compile', 'invalid_body'))
      continue
    }
    reached.add(now)
    if (now !== t) emit(key, `response ${status} media type ${t} → ${now}`, renamedMedia(t, now, `the client reads a ${t} body as ${now}`))
    const where = `response ${status} body${declared.length > 1 ? ` (${now})` : ''}`
    schemaChanges(sides, key, where, schema, b.content[now] ?? null, 'response', emit)
  }
  for (const t of declared) {
    if (reached.has(t)) continue
    const verdict = retyped ? breaking(`data's type gains a ${mediaKind(t)} body`, 'compile') : addition(`a response may also come as ${t}`)
    emit(key, `response ${status} media type ${t} added`, verdict)
  }
  diffHeaders(key, status, a, b, emit)
}

/** What only moves the wire: the operation's own first server (its base URL when the caller gives none), and its form fields' encodings. */
function diffWireOnly(key: string, a: OperationContract, b: OperationContract, emit: Emit): void {
  const [was, now] = [a.servers?.[0], b.servers?.[0]]
  if (was !== now) {
    const where = (u: string | undefined): string => u ?? "the spec's first server"
    emit(key, `base URL ${where(was)} → ${where(now)}`, breaking('a client given no baseUrl sends this operation elsewhere', 'wire'))
  } else if (!same(a.servers, b.servers)) emit(key, 'servers other than the first changed', cosmetic('the client only uses the first'))
  const [ea, eb] = [a.requestBody?.encoding, b.requestBody?.encoding]
  if (a.requestBody !== null && b.requestBody !== null && !same(ea ?? {}, eb ?? {})) {
    emit(
      key,
      'request body field encodings changed',
      breaking('the client puts those form or multipart fields on the wire differently', 'wire'),
    )
  }
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
  diffWireOnly(key, a, b, emit)
  for (const status of Object.keys(b.responses)) if (a.responses[status] === undefined) statusAdded(key, status, b, a, emit)
  for (const [status, was] of Object.entries(a.responses)) {
    const now = b.responses[status]
    if (now === undefined) statusRemoved(key, status, a, emit)
    else diffResponse(sides, key, status, was, now, emit)
  }
}
