/**
 * Parameters to URL and headers, with openapi-fetch's own serialisers. Every
 * path parameter the template names must be present, non-empty and not `.`
 * or `..`, and is percent-encoded, so no value can change the path it lands
 * in. A parameter that cannot be serialised is a problem in words.
 */
import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from 'openapi-fetch'
import { RequestProblem, scalar } from './problem.js'
import type { QueryStyle } from './table.js'

const PLACEHOLDER = /\{([^{}]+)\}/g

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new RequestProblem(`params.${where} must be an object`)
  return value as Record<string, unknown>
}

/** Serialises with openapi-fetch; its "deeply nested" refusal becomes a problem naming the parameter. */
function serialise(at: string, f: () => string): string {
  try {
    return f()
  } catch {
    throw new RequestProblem(`${at} is nested too deeply to serialise`)
  }
}

function pathSegment(name: string, value: unknown): string {
  const at = `params.path.${name}`
  if (value === undefined || value === null) throw new RequestProblem(`${at} is required by the path template`)
  let segment: string
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) scalar(v, `${at}[${i}]`)
    segment = serialise(at, () => serializeArrayParam(name, value, { style: 'simple', explode: false }))
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) scalar(v, `${at}.${k}`)
    segment = serialise(at, () => serializeObjectParam(name, value as Record<string, unknown>, { style: 'simple', explode: false }))
  } else {
    segment = encodeURIComponent(String(scalar(value, at)))
  }
  if (segment === '' || segment === '.' || segment === '..') {
    throw new RequestProblem(`${at} ${JSON.stringify(String(value))} cannot be a path segment (empty, "." or "..")`)
  }
  return segment
}

/** The template with every `{name}` replaced by its encoded value. */
export function buildPath(template: string, params: unknown): string {
  const given = record(params, 'path')
  const names = new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))
  for (const key of Object.keys(given)) {
    if (!names.has(key)) throw new RequestProblem(`params.path.${key} is not a parameter of ${template}`)
  }
  return template.replace(PLACEHOLDER, (_, name: string) => pathSegment(name, given[name]))
}

/** The query string (without `?`): form/explode by default, or the parameter's declared style. */
export function buildQuery(params: unknown, styles: { readonly [name: string]: QueryStyle } | undefined): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(record(params, 'query'))) {
    if (value === undefined || value === null) continue
    const declared = styles?.[name] ?? {}
    const style = declared.style ?? 'form'
    const options = { explode: declared.explode ?? style === 'form', allowReserved: declared.allowReserved === true }
    const at = `params.query.${name}`
    if (Array.isArray(value)) {
      if (value.length === 0) continue
      for (const [i, v] of value.entries()) scalar(v, `${at}[${i}]`)
      const arrayStyle = style === 'spaceDelimited' || style === 'pipeDelimited' ? style : 'form'
      parts.push(serialise(at, () => serializeArrayParam(name, value, { ...options, style: arrayStyle })))
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) scalar(v, `${at}.${k}`)
      const objectStyle = style === 'deepObject' ? style : 'form'
      parts.push(serialise(at, () => serializeObjectParam(name, value as Record<string, unknown>, { ...options, style: objectStyle })))
    } else {
      parts.push(serializePrimitiveParam(name, String(scalar(value, at)), options))
    }
  }
  return parts.filter((p) => p !== '').join('&')
}

/**
 * Header and cookie parameters into `headers`. A header the client sets
 * itself (`managed`, lowercase) is refused: it cannot be overridden per call.
 */
export function applyHeaderParams(headers: Headers, params: { header?: unknown; cookie?: unknown }, managed: ReadonlySet<string>): void {
  for (const [name, value] of Object.entries(record(params.header, 'header'))) {
    if (value === undefined || value === null) continue
    if (managed.has(name.toLowerCase())) throw new RequestProblem(`params.header.${name} is set by the client and cannot be given per call`)
    const values = Array.isArray(value) ? value : [value]
    const text = values.map((v, i) => String(scalar(v, `params.header.${name}${Array.isArray(value) ? `[${i}]` : ''}`))).join(',')
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
