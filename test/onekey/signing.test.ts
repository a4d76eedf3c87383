import { randomBytes, randomInt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { IncomingHttpHeaders } from 'node:http'
import { describe, expect, it } from 'vitest'
import {
  formatOneKeyDate,
  importOneKeySecret,
  type OneKeySignedHeaders,
  parseOneKeyDate,
  signOneKeyRequest,
  type VerifyOneKeyRequestInput,
  type VerifyOneKeyResult,
  verifyOneKeyRequest,
} from '../../src/onekey/signing.js'
import { oneKeyAuthorization } from '../helpers/onekey-signer.js'

interface Vector {
  name: string
  secretKey: string
  login: string
  date: string
  body: string
  scheme: string
  expectedAuthorization: string
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/onekey-signing-vectors.json', import.meta.url), 'utf8')) as {
  _how: string
  vectors: Vector[]
}
const vectors = fixture.vectors

const SECRET = 'Sk3y-API-Signature-0123456789abcdefXYZ'
const LOGIN = 'MerchantXLogin42'
const DATE = '2020-06-21T12:33:20Z'
const DATE_MS = Date.UTC(2020, 5, 21, 12, 33, 20)
const BODY = '{"reason":"Trop cher — 😀 ü"}'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

async function signed(overrides: Partial<{ date: string; login: string; body: string; scheme: string; key: string }> = {}) {
  return signOneKeyRequest({
    key: overrides.key ?? SECRET,
    login: overrides.login ?? LOGIN,
    date: overrides.date ?? DATE,
    body: overrides.body ?? BODY,
    scheme: overrides.scheme ?? 'OKP',
  })
}

function verify(
  headers: VerifyOneKeyRequestInput['headers'],
  extra: Partial<Omit<VerifyOneKeyRequestInput, 'headers'>> = {},
): Promise<VerifyOneKeyResult> {
  return verifyOneKeyRequest({ key: SECRET, body: BODY, now: DATE_MS, ...extra, headers })
}

function expectFailure(result: VerifyOneKeyResult, reason: string, messagePart?: RegExp): string {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(result.reason).toBe(reason)
  if (messagePart) expect(result.message).toMatch(messagePart)
  return result.message
}

describe('known-answer vectors (computed with openssl)', () => {
  it('fixture covers the required cases', () => {
    expect(fixture._how).toMatch(/openssl dgst -sha256 -hmac/)
    expect(vectors.some((v) => v.body === '')).toBe(true)
    expect(vectors.some((v) => v.body === '{}')).toBe(true)
    expect(vectors.some((v) => [...v.body].some((ch) => ch.charCodeAt(0) > 0x7f))).toBe(true)
    expect(vectors.some((v) => v.scheme === 'D24')).toBe(true)
    expect(vectors.some((v) => v.body.length > 200)).toBe(true)
  })

  it.each(vectors)('string key + string body: $name', async (v) => {
    const headers = await signOneKeyRequest({ key: v.secretKey, login: v.login, date: v.date, body: v.body, scheme: v.scheme })
    expect(headers).toEqual({ 'X-Date': v.date, 'X-Login': v.login, Authorization: v.expectedAuthorization })
  })

  it.each(vectors)('imported CryptoKey + Uint8Array body: $name', async (v) => {
    const key = await importOneKeySecret(v.secretKey)
    const headers = await signOneKeyRequest({ key, login: v.login, date: v.date, body: bytes(v.body), scheme: v.scheme })
    expect(headers.Authorization).toBe(v.expectedAuthorization)
  })

  it.each(vectors)('verify accepts the vector: $name', async (v) => {
    const headers = { 'X-Date': v.date, 'X-Login': v.login, Authorization: v.expectedAuthorization }
    const now = parseOneKeyDate(v.date) ?? new Date(Number.NaN)
    const result = await verifyOneKeyRequest({ key: v.secretKey, headers, body: v.body, now })
    expect(result).toEqual({ ok: true, login: v.login, date: now, scheme: v.scheme })
  })

  it('a missing body (undefined / null) signs like the empty body ""', async () => {
    const v = vectors.find((x) => x.body === '')
    if (!v) throw new Error('fixture lacks the empty-body vector')
    const base = { key: v.secretKey, login: v.login, date: v.date }
    expect((await signOneKeyRequest(base)).Authorization).toBe(v.expectedAuthorization)
    expect((await signOneKeyRequest({ ...base, body: null })).Authorization).toBe(v.expectedAuthorization)
    expect((await signOneKeyRequest({ ...base, body: new Uint8Array(0) })).Authorization).toBe(v.expectedAuthorization)
  })

  it('scheme defaults to OKP', async () => {
    const v = vectors.find((x) => x.scheme === 'OKP' && x.body === '{}')
    if (!v) throw new Error('fixture lacks the {} vector')
    const headers = await signOneKeyRequest({ key: v.secretKey, login: v.login, date: v.date, body: v.body })
    expect(headers.Authorization).toBe(v.expectedAuthorization)
  })
})

describe('formatOneKeyDate / parseOneKeyDate', () => {
  it('formats UTC without milliseconds (truncating them)', () => {
    expect(formatOneKeyDate(new Date(DATE_MS))).toBe('2020-06-21T12:33:20Z')
    expect(formatOneKeyDate(new Date(DATE_MS + 999))).toBe('2020-06-21T12:33:20Z')
    expect(formatOneKeyDate(new Date('2020-06-21T14:33:20+02:00'))).toBe('2020-06-21T12:33:20Z')
    expect(formatOneKeyDate(new Date(Date.UTC(2001, 0, 2, 3, 4, 5)))).toBe('2001-01-02T03:04:05Z')
  })

  it('throws RangeError for invalid dates or years outside 0000-9999', () => {
    expect(() => formatOneKeyDate(new Date(Number.NaN))).toThrow(RangeError)
    expect(() => formatOneKeyDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError)
  })

  it('parses strictly and round-trips', () => {
    expect(parseOneKeyDate(DATE)?.getTime()).toBe(DATE_MS)
    expect(parseOneKeyDate('2024-02-29T23:59:59Z')?.toISOString()).toBe('2024-02-29T23:59:59.000Z')
  })

  it.each([
    '2020-13-01T00:00:00Z', // month 13
    '2020-00-10T00:00:00Z',
    '2021-02-29T00:00:00Z', // not a leap year
    '2020-04-31T00:00:00Z',
    '2020-06-21T24:00:00Z',
    '2020-06-21T12:60:00Z',
    '2020-06-21T23:59:60Z',
    '2020-06-21T12:33:20.000Z',
    '2020-06-21T12:33:20+00:00',
    '2020-06-21 12:33:20Z',
    '2020-06-21t12:33:20z',
    '2020-06-21T12:33:20',
    ' 2020-06-21T12:33:20Z',
    '',
  ])('rejects %j', (value) => {
    expect(parseOneKeyDate(value)).toBeNull()
  })
})

describe('importOneKeySecret', () => {
  it('imports a non-extractable HMAC SHA-256 key for sign + verify', async () => {
    const key = await importOneKeySecret(SECRET)
    expect(key.type).toBe('secret')
    expect(key.extractable).toBe(false)
    expect(key.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' } })
    expect([...key.usages].sort()).toEqual(['sign', 'verify'])
  })

  it('rejects an empty secret with a clear TypeError', async () => {
    await expect(importOneKeySecret('')).rejects.toThrow(TypeError)
    await expect(importOneKeySecret('')).rejects.toThrow(/API Signature.*non-empty/)
  })

  it('rejects non-strings without echoing the value', async () => {
    const notAString = { secret: SECRET } as unknown as string
    const error = await importOneKeySecret(notAString).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(String((error as Error).message)).not.toContain(SECRET)
    await expect(importOneKeySecret(undefined as unknown as string)).rejects.toThrow(/must be a string, got undefined/)
  })

  it('rejects surrounding whitespace (env-file newline) without leaking the secret', async () => {
    const error = await importOneKeySecret(`${SECRET}\n`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toMatch(/trailing whitespace/)
    expect((error as Error).message).not.toContain(SECRET)
  })

  it('signOneKeyRequest / verifyOneKeyRequest reject an empty string key', async () => {
    await expect(signOneKeyRequest({ key: '', login: LOGIN, date: DATE })).rejects.toThrow(TypeError)
    await expect(verify({}, { key: '' })).rejects.toThrow(TypeError)
  })
})

describe('signOneKeyRequest input validation', () => {
  it('rejects an X-Date not in yyyy-MM-ddTHH:mm:ssZ form (e.g. toISOString output)', async () => {
    await expect(signed({ date: new Date(DATE_MS).toISOString() })).rejects.toThrow(/formatOneKeyDate/)
    await expect(signed({ date: '2020-13-01T00:00:00Z' })).rejects.toThrow(RangeError)
  })

  it('rejects a login with a trailing newline or empty login', async () => {
    await expect(signed({ login: `${LOGIN}\n` })).rejects.toThrow(/X-Login/)
    await expect(signOneKeyRequest({ key: SECRET, login: '', date: DATE })).rejects.toThrow(TypeError)
  })

  it('rejects a scheme that is not a single token', async () => {
    await expect(signed({ scheme: 'OKP x' })).rejects.toThrow(/scheme/)
    await expect(signed({ scheme: '' })).rejects.toThrow(/scheme/)
  })

  it('rejects a body that is not a string or bytes (forgot JSON.stringify)', async () => {
    const body = { amount: 1 } as unknown as string
    await expect(signOneKeyRequest({ key: SECRET, login: LOGIN, date: DATE, body })).rejects.toThrow(/JSON\.stringify/)
  })

  it('returns headers that fetch accepts as-is', async () => {
    const signedHeaders: OneKeySignedHeaders = await signed()
    const init: RequestInit = { method: 'POST', headers: signedHeaders, body: BODY } // type-level: assignable to HeadersInit
    const h = new Headers(init.headers)
    expect(h.get('authorization')).toMatch(/^OKP [0-9a-f]{64}$/)
    expect((await verify(h)).ok).toBe(true)
  })
})

describe('verifyOneKeyRequest', () => {
  it('round-trips with a string key, a CryptoKey, fetch Headers and a plain object', async () => {
    const headers = await signed()
    const expected = { ok: true, login: LOGIN, date: new Date(DATE_MS), scheme: 'OKP' }
    expect(await verify(headers)).toEqual(expected)
    expect(await verify(headers, { key: await importOneKeySecret(SECRET) })).toEqual(expected)
    expect(await verify(new Headers({ ...headers }))).toEqual(expected)
    expect(await verify(headers, { body: bytes(BODY), now: new Date(DATE_MS) })).toEqual(expected)
    expect(await verify(headers, { login: LOGIN })).toEqual(expected)
  })

  it('looks headers up case-insensitively (node IncomingHttpHeaders style)', async () => {
    const h = await signed()
    const nodeHeaders: IncomingHttpHeaders = { 'x-date': h['X-Date'], 'x-login': h['X-Login'], authorization: h.Authorization }
    expect((await verify(nodeHeaders)).ok).toBe(true)
    const mixed = { 'X-DATE': h['X-Date'], 'x-LoGiN': [h['X-Login']], AUTHORIZATION: h.Authorization, other: undefined }
    expect((await verify(mixed)).ok).toBe(true)
  })

  it('accepts the legacy D24 scheme by default and any configured scheme list', async () => {
    const d24 = await signed({ scheme: 'D24' })
    expect(await verify(d24)).toMatchObject({ ok: true, scheme: 'D24' })
    expectFailure(await verify(d24, { schemes: ['OKP'] }), 'bad_format', /scheme "D24" is not accepted; expected one of OKP/)
    expect(await verify(await signed({ scheme: 'XYZ' }), { schemes: ['XYZ'] })).toMatchObject({ ok: true })
  })

  it('matches the scheme case-insensitively (HTTP auth schemes are)', async () => {
    expect(await verify(await signed({ scheme: 'okp' }))).toMatchObject({ ok: true, scheme: 'OKP' })
  })

  it.each(['X-Date', 'X-Login', 'Authorization'] as const)('missing %s -> missing_header naming it', async (name) => {
    const headers: Record<string, string> = { ...(await signed()) }
    delete headers[name]
    const message = expectFailure(await verify(headers), 'missing_header', new RegExp(`^missing ${name} header:`))
    expect(message).toMatch(/X-Date, X-Login and Authorization/)
    const blank = { ...(await signed()), [name]: '  ' }
    expectFailure(await verify(blank), 'missing_header', new RegExp(name))
  })

  it('lists every missing header; tolerates non-object headers', async () => {
    expectFailure(await verify({}), 'missing_header', /missing X-Date, X-Login, Authorization headers/)
    expectFailure(await verify(null as unknown as Headers), 'missing_header')
    expectFailure(await verify(new Headers()), 'missing_header')
  })

  it.each([
    ['no scheme', (h: string) => h.slice(4), /no '<scheme> ' prefix/],
    ['uppercase hex', (h: string) => `OKP ${h.slice(4).toUpperCase()}`, /must be lowercase/],
    ['short hex', (h: string) => h.slice(0, -2), /got 62 hex chars/],
    ['base64 instead of hex', () => `OKP ${Buffer.alloc(32, 7).toString('base64')}`, /base64 instead of hex/],
    ['two spaces', (h: string) => h.replace(' ', '  '), /non-hex characters/],
    ['quoted', (h: string) => `OKP "${h.slice(4)}"`, /non-hex/],
    ['Bearer scheme', (h: string) => `Bearer ${h.slice(4)}`, /scheme "Bearer" is not accepted; expected one of OKP, D24/],
  ])('bad Authorization (%s) -> bad_format', async (_label, mutate, pattern) => {
    const h = await signed()
    const message = expectFailure(await verify({ ...h, Authorization: mutate(h.Authorization) }), 'bad_format', pattern)
    expect(message).toMatch(/Authorization/)
  })

  it.each([
    ['milliseconds', '2020-06-21T12:33:20.000Z', /milliseconds are not allowed/],
    ['offset', '2020-06-21T12:33:20+00:00', /yyyy-MM-ddTHH:mm:ssZ/],
    ['RFC 7231 date', 'Sun, 21 Jun 2020 12:33:20 GMT', /yyyy-MM-ddTHH:mm:ssZ/],
    ['month 13', '2020-13-21T12:33:20Z', /not a real UTC date-time/],
    ['Feb 30', '2020-02-30T12:33:20Z', /not a real UTC date-time/],
  ])('bad X-Date (%s) -> bad_format', async (_label, date, pattern) => {
    const h = await signed()
    expectFailure(await verify({ ...h, 'X-Date': date }), 'bad_format', pattern)
  })

  it('a header sent twice -> bad_format', async () => {
    const h = await signed()
    expectFailure(await verify({ ...h, Authorization: [h.Authorization, h.Authorization] }), 'bad_format', /2 times/)
    expectFailure(await verify({ ...h, 'x-date': h['X-Date'] }), 'bad_format', /X-Date header was sent 2 times/)
  })

  it.each([
    ['past', 1],
    ['future', -1],
  ])('stale date in the %s: rejected just past 5 minutes, accepted at and just inside', async (direction, sign) => {
    const h = await signed()
    const at = (seconds: number) => verify(h, { now: DATE_MS + sign * seconds * 1000 })
    const message = expectFailure(await at(301), 'stale_date', new RegExp(`301s in the ${direction}`))
    expect(message).toMatch(/tolerance is ±300s/)
    expectFailure(await at(300.001), 'stale_date')
    expect((await at(300)).ok).toBe(true)
    expect((await at(299)).ok).toBe(true)
  })

  it('honours a custom tolerance', async () => {
    const h = await signed()
    expectFailure(await verify(h, { now: DATE_MS + 31_000, toleranceSeconds: 30 }), 'stale_date', /±30s/)
    expect((await verify(h, { now: DATE_MS + 30_000, toleranceSeconds: 30 })).ok).toBe(true)
  })

  it('defaults now to the current time', async () => {
    const h = await signed({ date: formatOneKeyDate(new Date()) })
    expect((await verifyOneKeyRequest({ key: SECRET, headers: h, body: BODY })).ok).toBe(true)
    expectFailure(await verifyOneKeyRequest({ key: SECRET, headers: await signed(), body: BODY }), 'stale_date')
  })

  it('tampered body, wrong key, re-dated or re-logged request -> mismatch', async () => {
    const h = await signed()
    const mismatch = /signature does not match: sign X-Date \+ X-Login \+ the exact body bytes sent, keyed by the API Signature/
    expectFailure(await verify(h, { body: BODY.replace('cher', 'Cher') }), 'mismatch', mismatch)
    expectFailure(await verify(h, { body: `${BODY}\n` }), 'mismatch', mismatch)
    expectFailure(await verify(h, { body: '' }), 'mismatch', mismatch)
    expectFailure(await verify(h, { key: `${SECRET}x` }), 'mismatch', mismatch)
    expectFailure(await verify({ ...h, 'X-Date': '2020-06-21T12:33:21Z' }), 'mismatch', mismatch)
    expectFailure(await verify({ ...h, 'X-Login': 'OtherMerchant' }), 'mismatch', mismatch)
    const flipped = h.Authorization.slice(0, -1) + (h.Authorization.endsWith('0') ? '1' : '0')
    expectFailure(await verify({ ...h, Authorization: flipped }), 'mismatch', mismatch)
  })

  it('login option -> mismatch when X-Login differs', async () => {
    const h = await signed({ login: 'OtherMerchant' })
    expectFailure(await verify(h, { login: LOGIN }), 'mismatch', /X-Login "OtherMerchant" is not the expected merchant login/)
  })

  it('throws (rather than reporting) caller misconfiguration', async () => {
    const h = await signed()
    await expect(verify(h, { now: Number.NaN })).rejects.toThrow(RangeError)
    await expect(verify(h, { toleranceSeconds: -1 })).rejects.toThrow(RangeError)
    await expect(verify(h, { schemes: [] })).rejects.toThrow(TypeError)
  })

  it('never throws for garbage header values', async () => {
    const garbage: Array<Record<string, unknown>> = [
      { 'X-Date': 42, 'X-Login': {}, Authorization: null },
      { 'X-Date': [], 'X-Login': [1, 2], Authorization: ['OKP'] },
      { 'X-Date': DATE, 'X-Login': LOGIN, Authorization: 'OKP ' },
      { 'X-Date': DATE, 'X-Login': LOGIN, Authorization: ' ' },
      { 'X-Date': '9999-99-99T99:99:99Z', 'X-Login': LOGIN, Authorization: `OKP ${'0'.repeat(64)}` },
      { 'X-Date': '\u0000', 'X-Login': '\uD800', Authorization: 'OKP \uD800' },
    ]
    for (const headers of garbage) {
      const result = await verify(headers as VerifyOneKeyRequestInput['headers'])
      expect(result.ok).toBe(false)
    }
  })

  it('failure messages never contain the secret key or the expected signature', async () => {
    const h: OneKeySignedHeaders = await signed()
    const expectedHex = h.Authorization.slice(4)
    const results = await Promise.all([
      verify({ 'X-Date': h['X-Date'], 'X-Login': h['X-Login'] }),
      verify({ ...h, Authorization: `OKP ${expectedHex.toUpperCase()}` }),
      verify({ ...h, Authorization: `Bearer ${expectedHex}` }),
      verify({ ...h, 'X-Date': `${DATE.slice(0, -1)}.000Z` }),
      verify(h, { now: DATE_MS + 3_600_000 }),
      verify(h, { body: '{}' }),
      verify({ ...h, Authorization: `OKP ${'a'.repeat(64)}` }),
      verify(h, { login: 'someone-else' }),
    ])
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'missing_header',
      'bad_format',
      'bad_format',
      'bad_format',
      'stale_date',
      'mismatch',
      'mismatch',
      'mismatch',
    ])
    for (const r of results) {
      if (r.ok) continue
      expect(r.message).not.toContain(SECRET)
      expect(r.message.toLowerCase()).not.toContain(expectedHex)
    }
  })
})

describe('agrees with an independent implementation (node:crypto createHmac)', () => {
  const alphabet = ['a', 'Z', '0', '{', '"', ' ', '\n', '\\', 'é', 'ü', '—', '€', '😀', '中', '\u0000']
  const randomText = (max: number) => Array.from({ length: randomInt(max + 1) }, () => alphabet[randomInt(alphabet.length)]).join('')

  it('for 200 random secrets, logins, dates and bodies (string and bytes)', async () => {
    for (let i = 0; i < 200; i++) {
      const secretKey = `k${randomText(80)}k`
      const login = `L${randomBytes(randomInt(1, 20)).toString('hex')}`
      const date = formatOneKeyDate(new Date(randomInt(0, 253402300799) * 1000))
      const body: string | Uint8Array = i % 2 === 0 ? randomText(300) : new Uint8Array(randomBytes(randomInt(0, 300)))
      const expected = oneKeyAuthorization(secretKey, date, login, body)
      const key = i % 3 === 0 ? await importOneKeySecret(secretKey) : secretKey
      const headers = await signOneKeyRequest({ key, login, date, body })
      expect(headers.Authorization).toBe(expected)
      const result = await verifyOneKeyRequest({ key, headers, body, now: parseOneKeyDate(date) ?? 0 })
      expect(result.ok).toBe(true)
    }
  })
})
