/**
 * Third review (calls): a header fetch will not send comes back as `network`,
 * retried, with `attempts` counting requests that never went out.
 *
 * README: "`attempts` counts the requests that went out"; bad input is
 * `invalid_request`, "nothing was sent, attempts is 0". params.ts
 * `applyHeaderParams` only asks `Headers.set` whether a header is valid, and
 * Headers accepts names that Node's fetch (undici) then refuses before it
 * writes a byte: Transfer-Encoding, Connection (other than keep-alive/close),
 * Keep-Alive, Upgrade, Expect. fetch rejects, retry.ts reads the rejection as
 * a network failure, retries it twice with backoff, and reports attempts: 3
 * while the server received nothing. retry.ts `once` also sets `sent = true`
 * before fetch has accepted the request.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFunnelFoxClient } from '../../../../src/index.js'
import { FOX_SUBSCRIPTION } from '../../../helpers/fixtures.js'
import { json, startTestServer, type TestServer } from '../../../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, FOX_SUBSCRIPTION))
})
afterAll(async () => {
  await server.close()
})

type AnyCall = (method: string, path: string, init: unknown) => Promise<{ error?: { kind: string }; attempts: number }>

it.each([
  ['Transfer-Encoding', 'chunked'],
  ['Expect', '100-continue'],
  ['Upgrade', 'h2c'],
  ['Connection', 'upgrade'],
  ['Keep-Alive', 'timeout=5'],
])('params.header %s: %s, which fetch will not send, is invalid_request with attempts 0', async (name, value) => {
  server.requests.length = 0
  const fox = createFunnelFoxClient({
    secret: 'fox_secret_header_params',
    baseUrl: `${server.url}/public/v1`,
    sleep: async () => undefined,
  })
  const call = fox.call as unknown as AnyCall
  const r = await call('POST', '/subscriptions/{id}/cancel', { params: { path: { id: 'sub_1' }, header: { [name]: value } }, body: {} })
  expect(server.requests).toHaveLength(0)
  expect({ kind: r.error?.kind, attempts: r.attempts }).toEqual({ kind: 'invalid_request', attempts: 0 })
})
