/**
 * Third review (calls): a Retry-After in the asctime form is read in the
 * machine's local time zone.
 *
 * README: "`Retry-After` (seconds or an HTTP-date) is honoured up to 60 s";
 * retry.ts accepts RFC 9110's three HTTP-date forms, whose times are all GMT.
 * retry.ts `retryAfterMs` hands the asctime form (`Sun Nov  6 08:49:37 1994`,
 * which carries no zone) to `Date.parse`, which reads a zone-less date as
 * local time: east of UTC the wait shrinks (in Tokyo a 30 s Retry-After
 * becomes an immediate retry), west of it the date lands hours away and the
 * hint is dropped for backoff.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createFunnelFoxClient } from '../../../../src/index.js'
import { FOX_SUBSCRIPTION } from '../../../helpers/fixtures.js'
import { json, reply, startTestServer, type TestServer } from '../../../helpers/server.js'

let server: TestServer
const zone = process.env.TZ
beforeAll(async () => {
  server = await startTestServer(json(200, FOX_SUBSCRIPTION))
})
afterEach(() => {
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
})
afterAll(async () => {
  await server.close()
})

it.each(['Asia/Tokyo', 'America/Los_Angeles'])('in %s, Retry-After "Sun Nov  6 08:49:37 1994" 30 s after now() waits 30 s', async (tz) => {
  process.env.TZ = tz
  const now = new Date(Date.UTC(1994, 10, 6, 8, 49, 7))
  server.script(reply(503, 'busy', { 'retry-after': 'Sun Nov  6 08:49:37 1994' }), json(200, FOX_SUBSCRIPTION))
  const waits: number[] = []
  const fox = createFunnelFoxClient({
    secret: 'fox_secret_retry_after',
    baseUrl: `${server.url}/public/v1`,
    now: () => now,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms)
    },
  })
  const r = await fox.cancelSubscription('sub_1')
  expect(r.error).toBeUndefined()
  expect(waits).toEqual([30_000])
})
