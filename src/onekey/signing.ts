/**
 * OneKey Payments request signing ("Calculating the Signature").
 *
 *   Authorization: <scheme> <hex>
 *   hex = lowercase hex HMAC-SHA256(key = API Signature (UTF-8), msg = X-Date + X-Login + JSONPayload)
 *
 * JSONPayload is the exact body bytes sent ("" when there is no body). X-Date is
 * `yyyy-MM-dd'T'HH:mm:ssZ` in UTC, without milliseconds. Scheme is `OKP` (older docs: `D24`).
 *
 * Pure module: no I/O and no `node:` imports. Signing runs HMAC-SHA256 in JavaScript (@noble/hashes)
 * from a keyed state computed once per key, which is portable and several times faster than a
 * `crypto.subtle.sign` call; verifying uses `crypto.subtle.verify`, which compares in constant time.
 */

import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { typeName as describeType } from '../core/options.js'
import { check, DEFAULT_ONEKEY_SCHEME, loginProblem, schemeProblem, secretKeyProblem } from './credentials.js'

export { DEFAULT_ONEKEY_SCHEME }

export type OneKeySignatureScheme = string

export const DEFAULT_ONEKEY_SCHEMES: readonly OneKeySignatureScheme[] = ['OKP', 'D24']
export const DEFAULT_ONEKEY_TOLERANCE_SECONDS = 300

const encoder = new TextEncoder()
const DATE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const DATE_WITH_MS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z$/
const AUTH_FORMAT = "Authorization must be '<scheme> <64 lowercase hex>', e.g. 'OKP 0fa2…4e23'"
const DATE_FORMAT = "X-Date must be ISO-8601 UTC 'yyyy-MM-ddTHH:mm:ssZ', e.g. '2020-06-21T12:33:20Z'"
const MISMATCH_MESSAGE = 'signature does not match: sign X-Date + X-Login + the exact body bytes sent, keyed by the API Signature'

/** Formats a Date as OneKey's X-Date (`2020-06-21T12:33:20Z`); milliseconds are truncated. */
export function formatOneKeyDate(date: Date): string {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) {
    throw new RangeError('formatOneKeyDate: expected a valid Date')
  }
  const out = `${date.toISOString().slice(0, 19)}Z`
  if (!DATE_RE.test(out)) throw new RangeError('formatOneKeyDate: year must be between 0000 and 9999')
  return out
}

/** Strictly parses an X-Date value; returns null for any other format or an impossible date. */
export function parseOneKeyDate(value: string): Date | null {
  if (typeof value !== 'string' || !DATE_RE.test(value)) return null
  const ms = Date.parse(value)
  if (!Number.isFinite(ms)) return null
  const date = new Date(ms)
  // Round-trip rejects values the Date parser would roll over or accept (month 13, Feb 30, 24:00:00).
  return formatOneKeyDate(date) === value ? date : null
}

/** Imports the API Signature as a non-extractable HMAC-SHA256 key. Rejects with a TypeError that never echoes the secret. */
export async function importOneKeySecret(secretKey: string): Promise<CryptoKey> {
  check(secretKeyProblem(secretKey))
  return crypto.subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
}

/** Signs X-Date + X-Login + body: the lowercase hex MAC. */
export type OneKeyMac = (date: string, login: string, body: Uint8Array) => string

/**
 * A synchronous signer for one API Signature: the HMAC's keyed state is
 * computed here, once; each signature only hashes the message. The secret
 * string is not kept. Throws a TypeError (never echoing the secret) for a bad one.
 */
export function createOneKeyMac(secretKey: string): OneKeyMac {
  check(secretKeyProblem(secretKey))
  const keyed = hmac.create(sha256, encoder.encode(secretKey))
  return (date, login, body) => {
    const mac = keyed.clone()
    mac.update(encoder.encode(date + login))
    mac.update(body)
    return toHex(mac.digest())
  }
}

export interface SignOneKeyRequestInput {
  key: CryptoKey | string
  login: string
  date: string
  body?: string | Uint8Array | null
  scheme?: string
}

// A type alias, not an interface: type literals get an implicit index signature, so the result is
// assignable to fetch's `HeadersInit` (Record<string, string>) and to verify's `headers` as-is.
export type OneKeySignedHeaders = {
  'X-Date': string
  'X-Login': string
  Authorization: string
}

/** Checks a signing request's login, date and scheme; throws a TypeError or RangeError naming the mistake. */
export function checkSigningInput(login: string, date: string, scheme: string): void {
  check(loginProblem(login))
  if (parseOneKeyDate(date) === null) throw new RangeError(`${DATE_FORMAT}; got ${quote(date)} (use formatOneKeyDate(new Date()))`)
  check(schemeProblem(scheme))
}

/** Computes the X-Date / X-Login / Authorization headers for one request. Throws on invalid caller input. */
export async function signOneKeyRequest(input: SignOneKeyRequestInput): Promise<OneKeySignedHeaders> {
  const { login, date } = input
  const scheme = input.scheme ?? DEFAULT_ONEKEY_SCHEME
  checkSigningInput(login, date, scheme)
  const body = bodyBytes(input.body)
  const hex =
    typeof input.key === 'string'
      ? createOneKeyMac(input.key)(date, login, body)
      : toHex(new Uint8Array(await crypto.subtle.sign('HMAC', await resolveKey(input.key), signingPayload(date, login, body))))
  return { 'X-Date': date, 'X-Login': login, Authorization: `${scheme} ${hex}` }
}

export interface VerifyOneKeyRequestInput {
  key: CryptoKey | string
  headers: Headers | Record<string, string | string[] | undefined>
  body?: string | Uint8Array | null
  now?: Date | number
  toleranceSeconds?: number
  schemes?: readonly string[]
  login?: string
}

export type OneKeyVerifyFailure = 'missing_header' | 'bad_format' | 'stale_date' | 'mismatch'

export type VerifyOneKeyResult =
  | { ok: true; login: string; date: Date; scheme: string }
  | { ok: false; reason: OneKeyVerifyFailure; message: string }

type Failure = Extract<VerifyOneKeyResult, { ok: false }>

/**
 * Verifies a signed request. Never throws for bad request input (it returns `{ ok: false, reason, message }`);
 * it does throw for caller misconfiguration (empty secret, invalid `now` / `toleranceSeconds` / `schemes`).
 * The signature is checked with `crypto.subtle.verify`, which compares in constant time.
 */
export async function verifyOneKeyRequest(input: VerifyOneKeyRequestInput): Promise<VerifyOneKeyResult> {
  const { nowMs, toleranceMs, schemes } = verifyOptions(input)
  const key = await resolveKey(input.key)
  const headers = readSignedHeaders(input.headers)
  if ('reason' in headers) return headers
  const auth = parseAuthorization(headers.authorization, schemes)
  if ('reason' in auth) return auth
  const date = parseXDate(headers.date)
  if (!(date instanceof Date)) return date
  if (input.login !== undefined && headers.login !== input.login) {
    return fail('mismatch', `X-Login ${quote(headers.login)} is not the expected merchant login ${quote(input.login)}`)
  }
  const payload = signingPayload(headers.date, headers.login, input.body)
  if (!(await crypto.subtle.verify('HMAC', key, auth.mac, payload))) return fail('mismatch', MISMATCH_MESSAGE)
  const skewMs = nowMs - date.getTime()
  if (Math.abs(skewMs) > toleranceMs) {
    const direction = skewMs > 0 ? 'in the past' : 'in the future'
    return fail(
      'stale_date',
      `X-Date ${headers.date} is ${Math.abs(skewMs) / 1000}s ${direction} relative to server time ` +
        `${formatOneKeyDate(new Date(nowMs))}; tolerance is ±${toleranceMs / 1000}s ` +
        '(set X-Date right before sending and keep the clock in sync)',
    )
  }
  return { ok: true, login: headers.login, date, scheme: auth.scheme }
}

// ---------------------------------------------------------------------------------------------

function fail(reason: OneKeyVerifyFailure, message: string): Failure {
  return { ok: false, reason, message }
}

function verifyOptions(input: VerifyOneKeyRequestInput): { nowMs: number; toleranceMs: number; schemes: string[] } {
  const now = input.now ?? Date.now()
  const nowMs = now instanceof Date ? now.getTime() : now
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs)) {
    throw new RangeError('verifyOneKeyRequest: `now` must be a valid Date or epoch milliseconds')
  }
  const tolerance = input.toleranceSeconds ?? DEFAULT_ONEKEY_TOLERANCE_SECONDS
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError('verifyOneKeyRequest: `toleranceSeconds` must be a finite number >= 0')
  }
  const schemes = input.schemes ?? DEFAULT_ONEKEY_SCHEMES
  if (!Array.isArray(schemes) || schemes.length === 0 || !schemes.every((s) => typeof s === 'string')) {
    throw new TypeError('verifyOneKeyRequest: `schemes` must be a non-empty array of strings')
  }
  return { nowMs, toleranceMs: tolerance * 1000, schemes: [...schemes] }
}

type SignedHeaderValues = { date: string; login: string; authorization: string }

function readSignedHeaders(headers: VerifyOneKeyRequestInput['headers']): SignedHeaderValues | Failure {
  const names = ['X-Date', 'X-Login', 'Authorization'] as const
  const values: string[] = []
  const missing: string[] = []
  for (const name of names) {
    const found = headerValues(headers, name).map((v) => v.replace(/^[ \t]+|[ \t]+$/g, ''))
    if (found.length > 1) return fail('bad_format', `${name} header was sent ${found.length} times; send it exactly once`)
    const value = found[0] ?? ''
    if (value === '') missing.push(name)
    values.push(value)
  }
  if (missing.length > 0) {
    return fail(
      'missing_header',
      `missing ${missing.join(', ')} header${missing.length > 1 ? 's' : ''}: ` +
        'every signed OneKey request must carry X-Date, X-Login and Authorization',
    )
  }
  const [date = '', login = '', authorization = ''] = values
  return { date, login, authorization }
}

/** Case-insensitive lookup in a fetch `Headers` or a node-style plain object. */
function headerValues(headers: VerifyOneKeyRequestInput['headers'], name: string): string[] {
  if (headers === null || typeof headers !== 'object') return []
  if (isHeaders(headers)) {
    const value = headers.get(name)
    return value === null ? [] : [value]
  }
  const wanted = name.toLowerCase()
  const out: string[] = []
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== wanted) continue
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === 'string') out.push(item)
  }
  return out
}

function isHeaders(value: object): value is Headers {
  const candidate = value as { get?: unknown; has?: unknown }
  return typeof candidate.get === 'function' && typeof candidate.has === 'function'
}

function parseAuthorization(value: string, schemes: string[]): { scheme: string; mac: Uint8Array<ArrayBuffer> } | Failure {
  const space = value.indexOf(' ')
  const scheme = space > 0 ? value.slice(0, space) : ''
  const hex = value.slice(space + 1)
  if (scheme === '' || schemeProblem(scheme) !== undefined) return fail('bad_format', `${AUTH_FORMAT}; no '<scheme> ' prefix found`)
  const accepted = schemes.find((s) => s.toLowerCase() === scheme.toLowerCase())
  if (accepted === undefined) {
    return fail(
      'bad_format',
      `Authorization scheme ${quote(scheme)} is not accepted; expected one of ${schemes.join(', ')}. ${AUTH_FORMAT}`,
    )
  }
  if (/^[0-9a-fA-F]{64}$/.test(hex) && /[A-F]/.test(hex)) {
    return fail('bad_format', `${AUTH_FORMAT}; the signature hex must be lowercase (got uppercase A-F)`)
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    const hint = /^[0-9a-fA-F]*$/.test(hex)
      ? `got ${hex.length} hex chars (HMAC-SHA256 is 32 bytes = 64 hex chars)`
      : /^[A-Za-z0-9+/_-]+={0,2}$/.test(hex)
        ? 'got non-hex characters (base64 instead of hex?)'
        : 'got non-hex characters (exactly one space after the scheme, no quotes)'
    return fail('bad_format', `${AUTH_FORMAT}; ${hint}`)
  }
  return { scheme: accepted, mac: hexToBytes(hex) }
}

function parseXDate(value: string): Date | Failure {
  if (!DATE_RE.test(value)) {
    const hint = DATE_WITH_MS_RE.test(value)
      ? 'milliseconds are not allowed (Date.toISOString() adds them; use formatOneKeyDate)'
      : 'UTC with a literal Z, no offset, no milliseconds'
    return fail('bad_format', `${DATE_FORMAT}; got ${quote(value)}: ${hint}`)
  }
  const date = parseOneKeyDate(value)
  if (date === null) {
    return fail('bad_format', `X-Date ${quote(value)} is not a real UTC date-time (month 01-12, day within month, hour 00-23)`)
  }
  return date
}

async function resolveKey(key: CryptoKey | string): Promise<CryptoKey> {
  if (typeof key === 'object' && key !== null && 'algorithm' in key && 'usages' in key) return key
  return importOneKeySecret(key as string)
}

function bodyBytes(body: string | Uint8Array | null | undefined): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0)
  if (typeof body === 'string') return encoder.encode(body)
  if (body instanceof Uint8Array) return body
  throw new TypeError('OneKey body must be the exact JSON string or bytes sent (did you forget JSON.stringify?)')
}

function signingPayload(date: string, login: string, body: string | Uint8Array | null | undefined): Uint8Array<ArrayBuffer> {
  const bytes = bodyBytes(body)
  const head = encoder.encode(date + login)
  const out = new Uint8Array(head.length + bytes.length)
  out.set(head, 0)
  out.set(bytes, head.length)
  return out
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

function toHex(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number]
  return out
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

function quote(value: unknown): string {
  if (typeof value !== 'string') return describeType(value)
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
}
