/**
 * Found by a second adversarial review, and fixed (each case failed before the fix): README claims checked by running them (line numbers are README.md's at review time).
 */
import { describe, expect, it } from 'vitest'
import { createOneKeyClient } from '../../../src/index.js'
import { json, reply, useTestServer } from '../../helpers/server.js'
import { clientOf, jsonResponse, spec } from '../support.js'

const server = useTestServer(reply(500, 'unscripted'))

describe('README line 200: "unexpected_status: … a 3xx"', () => {
  const doc = spec({
    '/things': {
      get: {
        responses: {
          '200': jsonResponse({ type: 'object' }),
          default: jsonResponse({ type: 'object', required: ['message'], properties: { message: { type: 'string' } } }),
        },
      },
    },
  })

  it('a redirect from an operation that declares `default` comes back as unexpected_status (not followed, not parsed as the default body)', async () => {
    server.script(reply(302, '', { location: 'https://elsewhere.example/login' }))
    const { call } = clientOf(doc, server.url, { maxRetries: 0 })
    const r = await call('GET', '/things')
    expect(server.requests).toHaveLength(1)
    // today: matchResponse falls through to `default`, so a 302 is { kind: 'invalid_body', reason: 'the body is empty' }
    expect(r.error?.kind).toBe('unexpected_status')
  })
})

describe('README lines 259-263 and 282: `api`, "the openapi-fetch client itself, auth applied"', () => {
  it("onekey.api.DELETE (the README's example) sends the Content-Type header OneKey's spec requires, as call() does", async () => {
    server.script(json(200, {}))
    const onekey = createOneKeyClient({ login: 'merchant-login', secretKey: 'k', baseUrl: server.url, maxRetries: 0 })
    await onekey.call('DELETE', '/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    expect(server.requests.map((r) => r.headers['content-type'])[0]).toBe('application/json')
    // today: undefined. The spec declares Content-Type required (default application/json); the types make it
    // `?: never` for api (a header "the client sets"), but only call() sets it, so an api caller cannot send it via params.
    expect(server.requests.map((r) => r.headers['content-type'])[1]).toBe('application/json')
  })
})
