/**
 * Parameters to URL and headers, with openapi-fetch's own serialisers and
 * each parameter's declared style. Names, object keys and values are all
 * percent-encoded, so no parameter can change the path it lands in or add
 * another; every path parameter the template names must be present,
 * non-empty and not `.` or `..`. Only own properties are read. A parameter
 * that cannot be serialised is a RequestProblem naming it.
 */
import { serializeArrayParam, serializeObjectParam } from 'openapi-fetch'
import { isTransportHeader } from './headers.js'
import { RequestProblem, scalar } from './problem.js'
import type { ParamStyle } from './table.js'

const PLACEHOLDER = /\{([^{}]+)\}/g
const own = (o: object, key: string): boolean => Object.hasOwn(o, key)

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new RequestProblem(`params.${where} must be an object`)
  return value as Record<string, unknown>
}

type Structured = { kind: 'array'; value: string[] } | { kind: 'object'; value: Record<string, string> } | { kind: 'scalar'; value: string }

/** A parameter's value as scalars only, object keys already encoded (openapi-fetch encodes values, not keys). */
function structure(value: unknown, at: string): Structured {
  if (Array.isArray(value)) return { kind: 'array', value: value.map((v, i) => String(scalar(v, `${at}[${i}]`))) }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).map((k) => [
      encodeURIComponent(k),
      String(scalar((value as Record<string, unknown>)[k], `${at}.${k}`)),
    ])
    return { kind: 'object', value: Object.fromEntries(entries) }
  }
  return { kind: 'scalar', value: String(scalar(value, at)) }
}

/** RFC 3986 reserved characters left as they are for `allowReserved`, but `#` and `&`: one would end the query, the other add a parameter. */
const KEPT_RESERVED = /%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2B|2C|3B|3D)/gi
const reservedEncode = (v: string): string => encodeURIComponent(v).replace(KEPT_RESERVED, (m) => decodeURIComponent(m))

/** Values pre-encoded with the reserved characters kept; openapi-fetch then told to leave them (its allowReserved). */
function keepingReserved(s: Structured): Structured {
  if (s.kind === 'array') return { kind: 'array', value: s.value.map(reservedEncode) }
  if (s.kind === 'object')
    return { kind: 'object', value: Object.fromEntries(Object.entries(s.value).map(([k, v]) => [k, reservedEncode(v)])) }
  return s
}

function serialise(name: string, given: Structured, style: string, explode: boolean, allowReserved = false): string {
  const n = encodeURIComponent(name)
  const s = allowReserved ? keepingReserved(given) : given
  switch (s.kind) {
    case 'array':
      return serializeArrayParam(n, s.value, { style: style as 'simple', explode, allowReserved })
    case 'object':
      return serializeObjectParam(n, s.value, { style: style as 'simple', explode, allowReserved })
    default: {
      const v = allowReserved ? reservedEncode(s.value) : encodeURIComponent(s.value)
      return style === 'label' ? `.${v}` : style === 'matrix' ? `;${n}=${v}` : style === 'simple' ? v : `${n}=${v}`
    }
  }
}

function pathSegment(name: string, value: unknown, declared: ParamStyle | undefined): string {
  const at = `params.path.${name}`
  if (value === undefined || value === null) throw new RequestProblem(`${at} is required by the path template`)
  const style = declared?.style ?? 'simple'
  const segment = serialise(name, structure(value, at), style, declared?.explode ?? false)
  if (segment === '' || segment === '.' || segment === '..') {
    throw new RequestProblem(`${at} ${JSON.stringify(String(value))} cannot be a path segment (empty, "." or "..")`)
  }
  return segment
}

/** The template with every `{name}` replaced by its encoded value, in its declared style. */
export function buildPath(template: string, params: unknown, styles: { readonly [name: string]: ParamStyle } | undefined): string {
  const given = record(params, 'path')
  const names = new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))
  for (const key of Object.keys(given)) {
    if (!names.has(key)) throw new RequestProblem(`params.path.${key} is not a parameter of ${template}`)
  }
  return template.replace(PLACEHOLDER, (_, name: string) =>
    pathSegment(name, own(given, name) ? given[name] : undefined, styles && own(styles, name) ? styles[name] : undefined),
  )
}

/** The query string (without `?`): form/explode by default, or each parameter's declared style. */
export function buildQuery(params: unknown, styles: { readonly [name: string]: ParamStyle } | undefined): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(record(params, 'query'))) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue
    const declared = styles && own(styles, name) ? styles[name] : undefined
    const style = declared?.style ?? 'form'
    const s = structure(value, `params.query.${name}`)
    const fit =
      s.kind === 'array'
        ? style === 'spaceDelimited' || style === 'pipeDelimited'
          ? style
          : 'form'
        : style === 'deepObject'
          ? style
          : 'form'
    parts.push(serialise(name, s, fit, declared?.explode ?? (style === 'form' || style === 'deepObject'), declared?.allowReserved === true))
  }
  return parts.filter((p) => p !== '').join('&')
}

/**
 * Header and cookie parameters into `headers`. A header the client sets
 * itself (`managed`, lowercase) is refused: it cannot be overridden per call.
 */
/** One member of a header's array or object: its separators percent-encoded. */
const member = (v: string): string => v.replace(/[%,=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

export function applyHeaderParams(
  headers: Headers,
  params: { header?: unknown; cookie?: unknown },
  managed: ReadonlySet<string>,
  styles: { readonly [name: string]: ParamStyle } | undefined,
): void {
  for (const [name, value] of Object.entries(record(params.header, 'header'))) {
    if (value === undefined || value === null) continue
    if (managed.has(name.toLowerCase())) throw new RequestProblem(`params.header.${name} is set by the client and cannot be given per call`)
    if (isTransportHeader(name)) throw new RequestProblem(`params.header.${name} is a header fetch sets itself or will not send`)
    const s = structure(value, `params.header.${name}`)
    // style simple: an object as k,v,k2,v2, or exploded (declared explode: true) as k=v,k2=v2.
    const declared = styles && Object.keys(styles).find((k) => k.toLowerCase() === name.toLowerCase())
    const explode = declared !== undefined && styles?.[declared]?.explode === true
    // A member's own `,` `=` or `%` is percent-encoded (RFC 6570 simple expansion), so no value reads back as another member.
    const entries = s.kind === 'object' ? Object.entries(s.value).map(([k, v]) => [k, member(v)]) : []
    const text =
      s.kind === 'array'
        ? s.value.map(member).join(',')
        : s.kind === 'object'
          ? (explode ? entries.map((e) => e.join('=')) : entries.flat()).join(',')
          : s.value
    try {
      headers.set(name, text)
    } catch {
      throw new RequestProblem(`params.header.${name} is not a valid header name or value`)
    }
  }
  const cookies = Object.entries(record(params.cookie, 'cookie'))
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([name, v]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(scalar(v, `params.cookie.${name}`)))}`)
  if (cookies.length > 0) headers.set('cookie', cookies.join('; '))
}
