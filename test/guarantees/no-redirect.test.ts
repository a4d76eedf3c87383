/**
 * Guarantee: nothing redirects a request, so credentials go to the
 * configured host only. Per-call options are the documented ones; anything
 * else (a `baseUrl`, `params`, `body`, `headers`, `fetch`…) is
 * `invalid_request` with nothing sent, through every entry point. Path
 * parameters are present, non-empty, not `.` or `..`, and percent-encoded
 * into their one segment. A `baseUrl` with a query, fragment, credentials or
 * another scheme is refused at creation; a 3xx is never followed, and is
 * `unexpected_status` unless the spec names it (exactly or as `3XX`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient } from '../../src/index.js'
import { clientOf, jsonResponse, spec } from '../adversarial/support.js'
import { json, reply, startTestServer, type TestServer } from '../helpers/server.js'
import { ENTRY_POINTS, entry, FOX_SECRET, ONEKEY_SECRET, okFor } from './entry-points.js'

let server: TestServer
let other: TestServer
beforeAll(async () => {
  server = await startTestServer(okFor)
  other = await startTestServer(okFor)
})
afterEach(() => {
  server.handle(okFor)
  server.requests.length = 0
  other.requests.length = 0
})
afterAll(async () => {
  await server.close()
  await other.close()
})

function expectNothingSent(): void {
  expect(server.requests).toHaveLength(0)
  expect(other.requests).toHaveLength(0)
}

describe('per-call options are the documented ones only', () => {
  const smuggled = (): [string, Record<string, unknown>][] => [
    ['baseUrl', { baseUrl: `${other.url}/public/v1` }],
    ['params', { params: { path: { id: '..' } } }],
    ['body', { body: { reason: 42 } }],
    ['headers', { headers: { 'Fox-Secret': 'other', Authorization: 'x' } }],
    ['fetch', { fetch: (r: Request) => globalThis.fetch(r) }],
    ['querySerializer', { querySerializer: () => 'a=b' }],
    ['middleware', { middleware: [] }],
    ['parseAs', { parseAs: 'text' }],
    ['redirect', { redirect: 'follow' }],
    ['a typo of timeoutMs', { timeout: 1 }],
  ]

  it.each(['funnelfox.cancelSubscription', 'onekey.cancelSubscription'])(
    '%s: each unknown option → invalid_request, nothing sent anywhere',
    async (name) => {
      for (const [option, value] of smuggled()) {
        const result = await entry(name, server.url).call(value)
        expect(result, option).toMatchObject({
          error: { kind: 'invalid_request', message: expect.stringContaining('unknown option') },
          attempts: 0,
        })
      }
      expectNothingSent()
    },
  )

  it.each(['funnelfox.call', 'onekey.call', 'createApiClient().call'])(
    '%s: each option openapi-fetch takes but call does not → invalid_request',
    async (name) => {
      for (const [option, value] of smuggled().filter(([o]) => o !== 'params' && o !== 'body')) {
        const result = await entry(name, server.url).call(value)
        expect(result, option).toMatchObject({
          error: { kind: 'invalid_request', message: expect.stringContaining('unknown option') },
          attempts: 0,
        })
      }
      expectNothingSent()
    },
  )

  it('the documented options still work', async () => {
    const result = await entry('onekey.cancelSubscription', server.url).call({ idempotencyKey: 'k-1', timeoutMs: 5000, maxRetries: 0 })
    expect(result.error).toBeUndefined()
    expect(server.requests[0]?.headers['x-idempotency-key']).toBe('k-1')
  })
})

describe('the body and the parameters are checked against the spec before anything is sent', () => {
  it.each(['funnelfox.call', 'createApiClient().call'])(
    '%s: a body of the wrong shape → invalid_request naming the field',
    async (name) => {
      const result = await entry(name, server.url).call({ body: { reason: 42 } })
      expect(result).toMatchObject({ error: { kind: 'invalid_request', message: 'body.reason is integer, expected string' }, attempts: 0 })
      expectNothingSent()
    },
  )

  it('a body where the operation takes none, or params outside path/query/header/cookie → invalid_request', async () => {
    const get = entry('funnelfox.call', server.url)
    expect((await get.call({ params: { path: { id: 's' }, other: {} } })).error?.kind).toBe('invalid_request')
    expect((await get.call({ params: { path: { id: 's' } }, body: 'not an object' })).error?.kind).toBe('invalid_request')
    expectNothingSent()
  })
})

describe('call() path parameters', () => {
  const bad: [string, unknown][] = [
    ['..', '..'],
    ['.', '.'],
    ['empty', ''],
    ['missing', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    ['an object with an object inside', { a: { b: 1 } }],
    ['a function', () => 'x'],
  ]
  it.each(bad)('FunnelFox id %s → invalid_request, nothing sent', async (_, id) => {
    const result = await entry('funnelfox.call', server.url).call({ params: { path: id === undefined ? {} : { id } } })
    expect(result).toMatchObject({ error: { kind: 'invalid_request', message: expect.stringContaining('params.path.id') }, attempts: 0 })
    expectNothingSent()
  })

  it.each(bad)('OneKey subscription_id %s → invalid_request, nothing sent', async (_, id) => {
    const result = await entry('onekey.call', server.url).call({ params: { path: id === undefined ? {} : { subscription_id: id } } })
    expect(result).toMatchObject({ error: { kind: 'invalid_request' }, attempts: 0 })
    expectNothingSent()
  })

  it('an unknown path parameter, an unknown path, or a path that is a URL → invalid_request', async () => {
    const fox = entry('funnelfox.call', server.url)
    expect((await fox.call({ params: { path: { id: 's', extra: 'x' } } })).error?.kind).toBe('invalid_request')
    for (const path of ['/subscriptions/{id}', `${other.url}/x`, '//127.0.0.1/x', '/subscriptions/x/cancel', '']) {
      const onekey = createOneKeyClient({ login: 'L', secretKey: ONEKEY_SECRET, baseUrl: server.url })
      const result = await (onekey.call as (m: string, p: string, i: unknown) => Promise<{ error?: { kind: string } }>)('DELETE', path, {})
      expect(result.error?.kind, path).toBe('invalid_request')
    }
    expectNothingSent()
  })

  it('a value with / ? # % or spaces lands percent-encoded in its one segment', async () => {
    const values = ['a/b', 'a?b=c', 'a#b', '%2e%2e', 'a b', '../x', 'ü/😀']
    for (const id of values) await entry('funnelfox.call', server.url).call({ params: { path: { id } } })
    expect(server.requests.map((r) => r.url)).toEqual(values.map((id) => `/public/v1/subscriptions/${encodeURIComponent(id)}/cancel`))
  })

  it('params.header cannot set what the client sets (its credentials, Content-Type)', async () => {
    const cases: [string, Record<string, string>][] = [
      ['funnelfox.call', { 'Fox-Secret': 'other' }],
      ['funnelfox.call', { 'content-type': 'text/plain' }],
      ['onekey.call', { Authorization: 'OKP 00' }],
      ['onekey.call', { 'x-login': 'other' }],
      ['onekey.call', { 'X-Date': '2020-01-01T00:00:00Z' }],
      ['onekey.call', { 'X-Idempotency-Key': 'k' }],
    ]
    for (const [name, header] of cases) {
      const result = await entry(name, server.url).call({
        params: { ...(name === 'onekey.call' ? { path: { subscription_id: 1 } } : { path: { id: 's' } }), header },
      })
      expect(result.error, JSON.stringify(header)).toMatchObject({
        kind: 'invalid_request',
        message: expect.stringContaining('set by the client'),
      })
    }
    expectNothingSent()
  })
})

describe('baseUrl is checked at creation', () => {
  it.each([
    ['a query', 'https://api.example.com/v1?x=1'],
    ['an empty query', 'https://api.example.com/v1?'],
    ['a fragment', 'https://api.example.com/v1#frag'],
    ['credentials', 'https://user:pass@api.example.com/v1'],
    ['a username', 'https://user@api.example.com'],
    ['another scheme', 'ftp://api.example.com'],
    ['a relative URL', '/v1'],
    ['no URL at all', 'not a url'],
  ])('%s → TypeError, for both clients', (_, baseUrl) => {
    expect(() => createFunnelFoxClient({ secret: FOX_SECRET, baseUrl })).toThrow(TypeError)
    expect(() => createOneKeyClient({ login: 'L', secretKey: 'S', baseUrl })).toThrow(TypeError)
  })

  it('a trailing slash is fine', async () => {
    const fox = createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: `${server.url}/public/v1/` })
    expect((await fox.cancelSubscription('sub_1')).error).toBeUndefined()
    expect(server.requests[0]?.url).toBe('/public/v1/subscriptions/sub_1/cancel')
  })
})

describe('a redirect is never followed', () => {
  it.each(ENTRY_POINTS.flatMap((n) => [301, 302, 303, 307, 308].map((s) => [n, s] as const)))(
    '%s: %i to another host → unexpected_status, other host untouched',
    async (name, status) => {
      server.handle(() => reply(status, '', { location: `${other.url}/public/v1/subscriptions/sub_1/cancel` }))
      const result = await entry(name, server.url, { maxRetries: 0 }).call()
      expect(result.error).toMatchObject({ kind: 'unexpected_status', status })
      expect(server.requests).toHaveLength(1)
      expect(other.requests).toHaveLength(0)
    },
  )
})

describe('a 3xx is an answer only where the spec names it: never under `default`', () => {
  const body = { type: 'object', required: ['message'], properties: { message: { type: 'string' } } }
  const doc = (responses: Record<string, unknown>) =>
    spec({ '/things': { post: { responses: { '200': jsonResponse({ type: 'object' }), ...responses } } } })

  it.each([301, 302, 303, 304, 307, 308])('%i under default → unexpected_status, sent once, not followed', async (status) => {
    server.handle(() => reply(status, '', { location: `${other.url}/things` }))
    const { call } = clientOf(doc({ default: jsonResponse(body) }), server.url, { maxRetries: 2 })
    expect((await call('POST', '/things')).error).toMatchObject({ kind: 'unexpected_status', status })
    expect(server.requests).toHaveLength(1)
    expect(other.requests).toHaveLength(0)
  })

  it('a declared 3XX range, or an exact 3xx, is the declared error; still not followed', async () => {
    server.handle(() => reply(302, '{"message":"moved"}', { location: `${other.url}/things`, 'content-type': 'application/json' }))
    const ranged = clientOf(doc({ '3XX': jsonResponse(body), default: jsonResponse(body) }), server.url, { maxRetries: 0 })
    expect((await ranged.call('POST', '/things')).error).toMatchObject({ kind: 'http_3XX', status: 302, body: { message: 'moved' } })
    const exact = clientOf(doc({ '302': jsonResponse(body) }), server.url, { maxRetries: 0 })
    expect((await exact.call('POST', '/things')).error).toMatchObject({ kind: 'http_302', status: 302 })
    expect(other.requests).toHaveLength(0)
  })

  it('default still covers a 4xx and a 5xx, and a 2xx when no 2xx is declared', async () => {
    server.handle(() => json(418, { message: 'teapot' }))
    const { call } = clientOf(doc({ default: jsonResponse(body) }), server.url, { maxRetries: 0 })
    expect((await call('POST', '/things')).error).toMatchObject({ kind: 'http_default', status: 418 })
    server.handle(() => json(201, { message: 'made' }))
    const only = clientOf(spec({ '/things': { post: { responses: { default: jsonResponse(body) } } } }), server.url, { maxRetries: 0 })
    expect(await only.call('POST', '/things')).toMatchObject({ data: { message: 'made' } })
  })
})

describe('api, the openapi-fetch client, keeps credentials to its base URL', () => {
  it('a per-request baseUrl elsewhere is refused before anything is sent', async () => {
    const fox = createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: `${server.url}/public/v1` })
    await expect(
      fox.api.POST('/subscriptions/{id}/cancel', { params: { path: { id: 's' } }, baseUrl: `${other.url}/public/v1` }),
    ).rejects.toThrow(/refusing to send credentials/)
    const onekey = createOneKeyClient({ login: 'L', secretKey: ONEKEY_SECRET, baseUrl: server.url })
    await expect(
      onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } }, baseUrl: other.url }),
    ).rejects.toThrow(/refusing to send credentials/)
    expectNothingSent()
  })
})
