/**
 * Third review (calls): a wait's default timer outlives the call.
 *
 * README, Timeouts and retries: "Every timer is cleared when the call
 * returns." When the caller's signal is already aborted as a wait begins (here
 * by the logger, called between an attempt and its wait; any abort landing in
 * that gap does the same), retry.ts `wait` builds Bounds that fire at once and
 * returns `aborted`, but `defaultSleep` has already set its timer for the
 * whole Retry-After (or backoff) and added its abort listener to a signal
 * that is already aborted, so the listener never runs and the ref'd timer
 * stays: up to 60 s of a process kept alive after the call returned.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFunnelFoxClient } from '../../../../src/index.js'
import { activeTimeouts, reply, startTestServer, type TestServer } from '../../../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(reply(503, 'busy', { 'retry-after': '30' }))
})
afterAll(async () => {
  await server.close()
})

it('a call aborted just before its Retry-After wait leaves no 30 s timer behind', async () => {
  const controller = new AbortController()
  const fox = createFunnelFoxClient({
    secret: 'fox_secret_wait_timer',
    baseUrl: `${server.url}/public/v1`,
    // The caller gives up on the first failed attempt, e.g. a circuit breaker fed by the log.
    logger: { debug: (message: string) => (message.includes('attempt 1') ? controller.abort() : undefined) },
  })
  const timers = activeTimeouts()
  const r = await fox.cancelSubscription('sub_1', { signal: controller.signal })
  expect(r.error?.kind).toBe('aborted')
  expect(activeTimeouts()).toBeLessThanOrEqual(timers)
})
