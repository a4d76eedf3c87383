/**
 * Validates a response body against the vendor spec in specs/: the schema of
 * `paths[path][method].responses[status].content['application/json']`, with ajv.
 * `undeclared: true` when the spec declares no such status for the operation.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import { parse as parseYaml } from 'yaml'

export type SpecApi = 'funnelfox' | 'onekey'

export interface SpecValidation {
  valid: boolean
  errors: string
  undeclared: boolean
}

const SPEC_FILES: Record<SpecApi, string> = { funnelfox: 'funnelfox.yaml', onekey: 'onekey.json' }
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/
const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

const ajv = new Ajv({ strict: false, allErrors: true })
ajv.addFormat('date-time', { type: 'string', validate: isDateTime })
ajv.addFormat('int64', { type: 'number', validate: isInt64 })
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 })

const specs = new Map<SpecApi, Record<string, unknown>>()
const validators = new Map<string, ValidateFunction>()

/** RFC 3339 date-time: the shape, plus a real calendar date and time (no month 13, no Feb 30). */
export function isDateTime(value: string): boolean {
  if (!RFC3339.test(value) || !Number.isFinite(Date.parse(value))) return false
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const [hh, mm, ss] = value.slice(11, 19).split(':').map(Number) as [number, number, number]
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth && hh <= 23 && mm <= 59 && ss <= 60
}

export function isInt64(value: number): boolean {
  return Number.isInteger(value) && BigInt(value) >= INT64_MIN && BigInt(value) <= INT64_MAX
}

function loadSpec(api: SpecApi): Record<string, unknown> {
  const cached = specs.get(api)
  if (cached !== undefined) return cached
  const text = readFileSync(new URL(`../../specs/${SPEC_FILES[api]}`, import.meta.url), 'utf8')
  const spec = (api === 'funnelfox' ? parseYaml(text) : JSON.parse(text)) as Record<string, unknown>
  specs.set(api, spec)
  return spec
}

function child(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/** Throws when the operation itself is not in the spec: that is a mistake in the test, not in the response. */
function responsesOf(api: SpecApi, method: string, path: string): unknown {
  const operation = child(child(child(loadSpec(api), 'paths'), path), method.toLowerCase())
  if (operation === undefined) throw new Error(`validateResponse: ${api} spec has no operation ${method} ${path}`)
  return child(operation, 'responses')
}

export function validateResponse(api: SpecApi, method: string, path: string, status: number, body: unknown): SpecValidation {
  const where = `${api} ${method.toUpperCase()} ${path} ${status}`
  const response = child(responsesOf(api, method, path), String(status))
  if (response === undefined) return { valid: false, errors: `${where}: status not declared in the spec`, undeclared: true }
  const schema = child(child(child(response, 'content'), 'application/json'), 'schema')
  if (schema === undefined) return { valid: false, errors: `${where}: no application/json schema`, undeclared: false }
  let validate = validators.get(where)
  if (validate === undefined) {
    validate = ajv.compile(schema as object)
    validators.set(where, validate)
  }
  if (validate(body)) return { valid: true, errors: '', undeclared: false }
  return { valid: false, errors: `${where}: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`, undeclared: false }
}
