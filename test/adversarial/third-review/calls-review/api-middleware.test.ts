/**
 * Third review (calls): `api`'s credentials leave the configured host through
 * openapi-fetch's own per-request `middleware` option.
 *
 * README: "goes nowhere but the configured host … `api` refuses another base
 * URL before it sets a credential". openapi-fetch 0.17 runs a request's own
 * `middleware` *after* the client's (core/api.ts installs the auth one with
 * `api.use`), so a per-request onRequest that returns `new Request(other, req)`
 * receives the request with Fox-Secret / the OneKey signature already set,
 * and the client's own fetch (createAuthedApi's `own`) sends it wherever the
 * Request now points: it never re-checks the host.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient } from '../../../../src/index.js'
import { FOX_SUBSCRIPTION } from '../../../helpers/fixtures.js'
import { json, startTestServer, type TestServer } from '../../../helpers/server.js'

const FOX_SECRET = 'fox_secret_calls_review_mw'
const ONEKEY_SECRET = 'onekey-secret-calls-review-mw'

let server: TestServer
let other: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, FOX_SUBSCRIPTION))
  other = await startTestServer(json(200, {}))
})
afterEach(() => {
  server.requests.length = 0
  other.requests.length = 0
})
afterAll(async () => {
  await server.close()
  await other.close()
})

/** A per-request middleware that moves the request, as openapi-fetch documents: return a new Request. */
const moveTo = (url: string) => ({
  onRequest: ({ request }: { request: Request }) => new Request(`${url}${new URL(request.url).pathname}`, request),
})

describe('api: a per-request middleware cannot take the credentials to another host', () => {
  it('FunnelFox api.POST with { middleware } does not send Fox-Secret to another host', async () => {
    const fox = createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: `${server.url}/public/v1` })
    try {
      await fox.api.POST('/subscriptions/{id}/cancel', {
        params: { path: { id: 'sub_1' } },
        body: { reason: 'Too expensive' },
        middleware: [moveTo(other.url)],
      } as never)
    } catch {
      // refusing by rejecting is fine too
    }
    expect(other.requests.map((r) => r.headers['fox-secret'])).toEqual([])
  })

  it('OneKey api.DELETE with { middleware } does not send a signed request to another host', async () => {
    const onekey = createOneKeyClient({ login: 'ReviewLogin', secretKey: ONEKEY_SECRET, baseUrl: server.url })
    try {
      await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', {
        params: { path: { subscription_id: 1001 } },
        body: {},
        middleware: [moveTo(other.url)],
      } as never)
    } catch {
      // refusing by rejecting is fine too
    }
    expect(other.requests.map((r) => r.headers.authorization)).toEqual([])
  })
})
