/**
 * The public factory's config, checked once at creation: a TypeError naming
 * the field for anything the calls could not use. The kind names may not be
 * ones the client gives itself (`network`, `http_4XX`…), or a switch on
 * `error.kind` could not tell them apart.
 */
import type { Signer } from './attempt.js'
import { isHeaderValue, isToken, isTransportHeader } from './headers.js'
import { describe } from './options.js'
import type { Table } from './table.js'

/** Kinds every operation may return, and the derived ones: a kind map must not reuse them. */
export const RESERVED_KINDS = [
  'unexpected_status',
  'invalid_body',
  'network',
  'timeout',
  'aborted',
  'invalid_request',
  'hook_failed',
  'http_default',
  'http_1XX',
  'http_2XX',
  'http_3XX',
  'http_4XX',
  'http_5XX',
] as const

export type ReservedKind = (typeof RESERVED_KINDS)[number]

export interface CheckedConfig {
  vendor: string
  table: Table
  kinds: { readonly [status: number]: string }
  baseUrl: string
  /** Whether config.baseUrl was given (else it is the spec's first server). */
  baseUrlGiven: boolean
  headers: [string, string][]
  sign: Signer | undefined
  signedHeaders: string[]
  idempotency: { header: string; make: (() => string) | undefined } | undefined
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** An own field only: a polluted Object.prototype.auth or .idempotency is never config. */
function field(o: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(o, name) ? o[name] : undefined
}

function fail(vendor: string, message: string): never {
  throw new TypeError(`${vendor}: ${message}`)
}

function checkTable(vendor: string, table: unknown): Table {
  if (!isRecord(table) || !isRecord(field(table, 'operations')) || !isRecord(field(table, 'schemas'))) {
    fail(vendor, 'table must be the `table` that npm run generate writes to generated/<api>-operations.ts')
  }
  return table as unknown as Table
}

function checkKinds(vendor: string, kinds: unknown): { readonly [status: number]: string } {
  if (!isRecord(kinds)) fail(vendor, 'kinds must be an object mapping each exact error status to a kind name')
  for (const [status, kind] of Object.entries(kinds)) {
    if (!/^[1-5]\d\d$/.test(status)) fail(vendor, `kinds: ${JSON.stringify(status)} is not an HTTP status`)
    if (typeof kind !== 'string' || kind === '') fail(vendor, `kinds[${status}] must be a non-empty string, got ${describe(kind)}`)
    if ((RESERVED_KINDS as readonly string[]).includes(kind))
      fail(vendor, `kinds[${status}] "${kind}" is a kind the client returns itself; choose another name`)
  }
  return kinds as { readonly [status: number]: string }
}

function checkAuth(vendor: string, auth: unknown): Pick<CheckedConfig, 'headers' | 'sign' | 'signedHeaders'> {
  if (auth === undefined) return { headers: [], sign: undefined, signedHeaders: [] }
  const headersGiven = isRecord(auth) ? field(auth, 'headers') : undefined
  const sign = isRecord(auth) ? field(auth, 'sign') : undefined
  const signed = isRecord(auth) ? field(auth, 'signedHeaders') : undefined
  if (isRecord(headersGiven) && sign === undefined) {
    const headers = Object.entries(headersGiven).map(([name, value]): [string, string] => {
      if (!isToken(name) || isTransportHeader(name))
        fail(vendor, `auth header name ${JSON.stringify(name)} is not a header a credential can travel in`)
      if (!isHeaderValue(value)) fail(vendor, `the ${name} header value must be printable ASCII without leading or trailing spaces`)
      return [name, value]
    })
    return { headers, sign: undefined, signedHeaders: [] }
  }
  if (typeof sign === 'function' && Array.isArray(signed)) {
    const bad = signed.find((h) => !isToken(h) || isTransportHeader(h))
    if (bad !== undefined) fail(vendor, `auth.signedHeaders: ${JSON.stringify(bad)} is not a valid header name`)
    return { headers: [], sign: sign as Signer, signedHeaders: signed as string[] }
  }
  return fail(vendor, 'auth must be { headers: { name: value } } or { sign: function, signedHeaders: [header names] }')
}

function checkIdempotency(vendor: string, idempotency: unknown): CheckedConfig['idempotency'] {
  if (idempotency === undefined) return undefined
  const header = isRecord(idempotency) ? field(idempotency, 'header') : undefined
  const make = isRecord(idempotency) ? field(idempotency, 'make') : undefined
  if (!isToken(header)) fail(vendor, 'idempotency.header must be a header name, e.g. Idempotency-Key')
  if (make !== undefined && typeof make !== 'function') fail(vendor, 'idempotency.make must be a function')
  return { header, make: make as (() => string) | undefined }
}

export function checkConfig(config: unknown): CheckedConfig {
  if (!isRecord(config)) throw new TypeError(`createApiClient: config must be an object, got ${describe(config)}`)
  const vendor = field(config, 'vendor')
  if (typeof vendor !== 'string' || vendor === '') throw new TypeError('createApiClient: config.vendor must be a non-empty string')
  const table = checkTable(vendor, field(config, 'table'))
  const given = field(config, 'baseUrl')
  const baseUrl = given ?? table.servers?.[0]
  if (typeof baseUrl !== 'string') {
    fail(vendor, given === undefined ? 'config.baseUrl is required: the spec declares no server' : 'config.baseUrl must be a URL string')
  }
  return {
    vendor,
    table,
    kinds: checkKinds(vendor, field(config, 'kinds')),
    baseUrl,
    baseUrlGiven: given !== undefined,
    ...checkAuth(vendor, field(config, 'auth')),
    idempotency: checkIdempotency(vendor, field(config, 'idempotency')),
  }
}
