/**
 * One call, one request: against a real node:http server, whatever the
 * status (including 421, which fetch would otherwise replay, and redirects,
 * which it would otherwise follow), the server sees exactly one request per
 * attempt, carrying the exact body bytes; every OneKey request is checked
 * with an independent HMAC.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient } from '../../src/index.js'
import { oneKeyAuthorization } from '../helpers/onekey-signer.js'
import { type Behaviour, headerCounts, type SeenRequest, startTestServer, type TestServer } from '../helpers/server.js'
import { defined, FIXED_DATE, FOX_PATH, fixedNow, ONEKEY_PATH } from './support.js'

const LOGIN = 'ExactlyOnceLogin'
const SECRET = 'exactly-once-api-signature-42'
const FOX_SECRET = 'secret_exactly_once_ff'
const IDEM = 'idem-exactly-once'

const SUBSCRIPTION = readFileSync(new URL('../fixtures/clients/funnelfox-subscription.json', import.meta.url), 'utf8')

/** The status to answer is in the path: `/v3/subscriptions/<status>` or `/subscriptions/status-<status>/cancel`. */
function statusOf(url: string): number {
  const match = /\/(?:status-)?(\d{3})(?:\/cancel)?$/.exec(url)
  return Number(defined(match?.[1], `status in ${url}`))
}

function reply(request: SeenRequest): Behaviour {
  if (request.url.startsWith('/elsewhere')) return { do: 'reply', status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }
  const status = statusOf(request.url)
  const json = { 'content-type': 'application/json' }
  const isFox = request.url.includes('/cancel')
  switch (status) {
    case 200:
      return { do: 'reply', status, headers: json, body: isFox ? SUBSCRIPTION : '{}' }
    case 301:
    case 302:
    case 307:
    case 308:
      return { do: 'reply', status, headers: { location: '/elsewhere', 'content-type': 'text/plain' }, body: 'moved' }
    case 429:
      return { do: 'reply', status, headers: { 'retry-after': '0', 'content-type': 'text/plain' }, body: 'slow down' }
    case 502:
      return { do: 'reply', status, headers: { 'content-type': 'text/html' }, body: '<html><h1>502 Bad Gateway</h1></html>' }
    default:
      return {
        do: 'reply',
        status,
        headers: json,
        body: isFox
          ? JSON.stringify({ message: `status ${status}` })
          : JSON.stringify({ code: status, description: `status ${status}`, type: 'T' }),
      }
  }
}

let server: TestServer

beforeAll(async () => {
  server = await startTestServer(reply)
})

beforeEach(() => {
  server.requests.length = 0
})

afterAll(async () => {
  await server.close()
})

function expectSignedOneKey(request: SeenRequest, body: string, date = FIXED_DATE): void {
  expect(request.body.toString('utf8')).toBe(body)
  expect(request.headers['x-date']).toBe(date)
  expect(request.headers['x-login']).toBe(LOGIN)
  expect(request.headers.authorization).toBe(oneKeyAuthorization(SECRET, date, LOGIN, request.body))
  const counts = headerCounts(request.rawHeaders)
  for (const name of ['authorization', 'x-date', 'x-login', 'x-idempotency-key', 'content-type']) expect(counts[name], name).toBe(1)
}

describe('the harness', () => {
  it('does see a replay: plain fetch sends a DELETE twice on 421 (what the client must avoid)', async () => {
    const response = await fetch(`${server.url}/v3/subscriptions/421`, {
      method: 'DELETE',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })
    await response.arrayBuffer()
    expect(response.status).toBe(421)
    expect(server.requests.length).toBeGreaterThanOrEqual(2)
  })

  it('does see a followed redirect: plain fetch follows a 307', async () => {
    const response = await fetch(`${server.url}/v3/subscriptions/307`, { method: 'DELETE', body: '{}' })
    await response.arrayBuffer()
    expect(response.status).toBe(200)
    expect(server.requests.map((r) => r.url)).toEqual(['/v3/subscriptions/307', '/elsewhere'])
  })
})

describe('OneKey: exactly one request per call', () => {
  const oneKey = () =>
    createOneKeyClient({ login: LOGIN, secretKey: SECRET, baseUrl: server.url, now: fixedNow, idempotencyKey: () => IDEM, maxRetries: 0 })

  const cases: Array<[number, string]> = [
    [200, 'data'],
    [420, 'subscription_not_found'],
    [421, 'already_cancelled'],
    [426, 'subscription_terminated'],
    [501, 'generic_error'],
    [301, 'unexpected_status'],
    [302, 'unexpected_status'],
    [307, 'unexpected_status'],
    [308, 'unexpected_status'],
    [429, 'unexpected_status'],
    [502, 'unexpected_status'],
  ]

  it.each(cases)('cancelSubscription answered %i → %s, one request', async (status, kind) => {
    const result = await oneKey().cancelSubscription(status)
    expect(result.error?.kind ?? 'data').toBe(kind)
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(status)
    expect(server.requests).toHaveLength(1)
    const request = defined(server.requests[0])
    expect(request.method).toBe('DELETE')
    expect(request.url).toBe(`/v3/subscriptions/${status}`)
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['content-length']).toBe('2')
    expect(request.headers['x-idempotency-key']).toBe(IDEM)
    expectSignedOneKey(request, '{}')
  })

  it.each(cases)('call("DELETE") answered %i → %s, one request', async (status, kind) => {
    const result = await oneKey().call('DELETE', ONEKEY_PATH, { params: { path: { subscription_id: status } }, body: {} })
    expect(result.error?.kind ?? 'data').toBe(kind)
    expect(server.requests).toHaveLength(1)
    expectSignedOneKey(defined(server.requests[0]), '{}')
  })

  it.each([200, 421, 307, 308, 502])('api.DELETE answered %i, one request', async (status) => {
    const { response } = await oneKey().api.DELETE(ONEKEY_PATH, { params: { path: { subscription_id: status } }, body: {} })
    expect(response.status).toBe(status)
    expect(server.requests).toHaveLength(1)
    expectSignedOneKey(defined(server.requests[0]), '{}')
  })

  it('a call with no body is signed over the empty payload and sent once on 421', async () => {
    const result = await oneKey().call('DELETE', ONEKEY_PATH, { params: { path: { subscription_id: 421 } } })
    expect(result.error?.kind).toBe('already_cancelled')
    expect(server.requests).toHaveLength(1)
    expectSignedOneKey(defined(server.requests[0]), '')
  })

  it('with retries, each attempt is one request: 502 three times → 3 requests, same key, each signed', async () => {
    const sleep = vi.fn(async () => {})
    const result = await createOneKeyClient({
      login: LOGIN,
      secretKey: SECRET,
      baseUrl: server.url,
      now: fixedNow,
      idempotencyKey: () => IDEM,
      maxRetries: 2,
      sleep,
    }).cancelSubscription(502)
    expect(result.error?.kind).toBe('unexpected_status')
    expect(result.attempts).toBe(3)
    expect(server.requests).toHaveLength(3)
    for (const request of server.requests) {
      expect(request.headers['x-idempotency-key']).toBe(IDEM)
      expectSignedOneKey(request, '{}')
    }
  })

  it('with retries left, a declared 421 is still answered after one request', async () => {
    const sleep = vi.fn(async () => {})
    const result = await createOneKeyClient({
      login: LOGIN,
      secretKey: SECRET,
      baseUrl: server.url,
      now: fixedNow,
      maxRetries: 3,
      sleep,
    }).cancelSubscription(421)
    expect(result.error?.kind).toBe('already_cancelled')
    expect(server.requests).toHaveLength(1)
    expect(sleep).not.toHaveBeenCalled()
  })
})

describe('FunnelFox: exactly one request per call', () => {
  const fox = () => createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: server.url, maxRetries: 0 })

  const cases: Array<[number, string]> = [
    [200, 'data'],
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [404, 'not_found'],
    [421, 'unexpected_status'],
    [301, 'unexpected_status'],
    [302, 'unexpected_status'],
    [307, 'unexpected_status'],
    [308, 'unexpected_status'],
    [429, 'unexpected_status'],
    [502, 'unexpected_status'],
  ]

  it.each(cases)('cancelSubscription answered %i → %s, one request, body {}', async (status, kind) => {
    const result = await fox().cancelSubscription(`status-${status}`)
    expect(result.error?.kind ?? 'data').toBe(kind)
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(status)
    expect(server.requests).toHaveLength(1)
    const request = defined(server.requests[0])
    expect(request.method).toBe('POST')
    expect(request.url).toBe(`/subscriptions/status-${status}/cancel`)
    expect(request.body.toString('utf8')).toBe('{}')
    expect(request.headers['content-length']).toBe('2')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['fox-secret']).toBe(FOX_SECRET)
    expect(headerCounts(request.rawHeaders)['fox-secret']).toBe(1)
  })

  it.each(cases)('cancelSubscription with a unicode reason answered %i → %s, one request, exact bytes', async (status, kind) => {
    const reason = 'Zu teuer — 😀 «ça» 日本'
    const bytes = Buffer.from(JSON.stringify({ reason }), 'utf8')
    const result = await fox().cancelSubscription(`status-${status}`, { reason })
    expect(result.error?.kind ?? 'data').toBe(kind)
    expect(server.requests).toHaveLength(1)
    const request = defined(server.requests[0])
    expect(request.body.equals(bytes)).toBe(true)
    expect(request.headers['content-length']).toBe(String(bytes.byteLength))
  })

  it.each([200, 421, 307, 502])('api.POST answered %i, one request', async (status) => {
    const { response } = await fox().api.POST(FOX_PATH, { params: { path: { id: `status-${status}` } }, body: { reason: 'r' } })
    expect(response.status).toBe(status)
    expect(server.requests).toHaveLength(1)
    expect(defined(server.requests[0]).body.toString('utf8')).toBe('{"reason":"r"}')
    expect(defined(server.requests[0]).headers['fox-secret']).toBe(FOX_SECRET)
  })
})
