/**
 * Found by an adversarial review, and fixed (each case failed before the fix): `api` accepts openapi-fetch's per-request `fetch` option. The auth
 * middleware (core/api.ts) checks the URL and sets the credential, then
 * openapi-fetch hands the request to that per-request fetch instead of the
 * client's exactly-once, no-redirect transport. With `fetch: globalThis.fetch`
 * (a common thing to pass), a 307 from the configured host takes the
 * Fox-Secret to whatever host the Location names. README: "goes nowhere but
 * the configured host … redirects are not followed; `api` refuses another base
 * URL before it sets a credential".
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFunnelFoxClient } from '../../src/index.js'
import { json, reply, startTestServer, type TestServer } from '../helpers/server.js'

let server: TestServer
let other: TestServer
beforeAll(async () => {
  other = await startTestServer(json(200, {}))
  server = await startTestServer(reply(307, '', { location: `${other.url}/collect` }))
})
afterAll(async () => {
  await server.close()
  await other.close()
})

it('api.POST with a per-request fetch does not follow a redirect to another host with the Fox-Secret', async () => {
  const fox = createFunnelFoxClient({ secret: 'fox_secret_api_1', baseUrl: `${server.url}/public/v1` })
  try {
    await fox.api.POST('/subscriptions/{id}/cancel', {
      params: { path: { id: 'sub_1' } },
      body: { reason: 'Too expensive' },
      fetch: globalThis.fetch,
    })
  } catch {
    // refusing the option by rejecting is fine too
  }
  expect(other.requests.map((r) => r.headers['fox-secret'])).toEqual([])
})
