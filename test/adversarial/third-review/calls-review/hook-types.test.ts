/**
 * Third review (calls): a clock that returns a Date look-alike is reported as
 * a network failure, and retried, instead of `hook_failed`.
 *
 * README: "`hook_failed`: an injected `now` … threw or returned the wrong
 * type". hooks.ts `readClock` guards the call to `now()` but then calls the
 * returned value's own `getTime` (in `isValidDate`) outside the guard: an
 * object tagged `Date` (Symbol.toStringTag, as some fake-timer and date
 * wrapper libraries do) whose getTime throws escapes as a plain Error, which
 * retry.ts `failureOf` reads as `network` and retries.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createOneKeyClient } from '../../../../src/index.js'
import { json, startTestServer, type TestServer } from '../../../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, {}))
})
afterAll(async () => {
  await server.close()
})

it('now() returning a Date look-alike whose getTime throws is hook_failed (now), not network', async () => {
  const lookalike = {
    [Symbol.toStringTag]: 'Date',
    getTime(): number {
      throw new Error('not a real date')
    },
  }
  const onekey = createOneKeyClient({
    login: 'ReviewLogin',
    secretKey: 'review-secret-hook-types',
    baseUrl: server.url,
    now: () => lookalike as unknown as Date,
    sleep: async () => undefined,
  })
  const r = await onekey.cancelSubscription(1001)
  expect(r.error).toMatchObject({ kind: 'hook_failed', hook: 'now' })
  expect(r.attempts).toBe(0)
})
