/**
 * Third review (calls): an async `now`, `random` or idempotency-key factory
 * that rejects leaves an unhandled rejection behind.
 *
 * README: "never rejects … hooks are called through guards"; hooks that are
 * async and reject must give `hook_failed` and never crash. The call does
 * return `hook_failed` (a promise is not a Date, a number or a key), but
 * hooks.ts `readClock` / `readRandom` and create-client.ts `idempotencyKey`
 * drop the promise the hook returned without handling it: when it rejects,
 * Node's default `--unhandled-rejections=throw` ends the process. retry.ts
 * and attempt.ts do absorb a late sleep, sign or fetch (bounds.ts `race`);
 * these three are not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient } from '../../../../src/index.js'
import { json, reply, startTestServer, type TestServer } from '../../../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, {}))
})
afterAll(async () => {
  await server.close()
})

/** Runs `make`, then collects the unhandled rejections of the next few turns. */
async function unhandledDuring(make: () => Promise<{ error?: unknown }>) {
  const seen: unknown[] = []
  const listener = (reason: unknown): void => {
    seen.push(reason)
  }
  process.on('unhandledRejection', listener)
  try {
    const r = await make()
    await new Promise((resolve) => setTimeout(resolve, 50))
    return { error: r.error, unhandled: seen }
  } finally {
    process.off('unhandledRejection', listener)
  }
}

const rejecting = (what: string) => async (): Promise<never> => {
  throw new Error(`${what} failed`)
}

describe('async hooks that reject: hook_failed, and no unhandled rejection', () => {
  it('OneKey now: async () => { throw }', async () => {
    const onekey = createOneKeyClient({
      login: 'ReviewLogin',
      secretKey: 'review-secret-async-hooks',
      baseUrl: server.url,
      now: rejecting('clock') as unknown as () => Date,
    })
    const { error, unhandled } = await unhandledDuring(() => onekey.cancelSubscription(1001))
    expect(error).toMatchObject({ kind: 'hook_failed', hook: 'now' })
    expect(unhandled).toEqual([])
  })

  it('OneKey idempotencyKey: async () => { throw }', async () => {
    const onekey = createOneKeyClient({
      login: 'ReviewLogin',
      secretKey: 'review-secret-async-hooks',
      baseUrl: server.url,
      idempotencyKey: rejecting('key store') as unknown as () => string,
    })
    const { error, unhandled } = await unhandledDuring(() => onekey.cancelSubscription(1001))
    expect(error).toMatchObject({ kind: 'hook_failed', hook: 'idempotencyKey' })
    expect(unhandled).toEqual([])
  })

  it('FunnelFox random: async () => { throw }, on a retry', async () => {
    server.script(reply(503, 'busy'))
    const fox = createFunnelFoxClient({
      secret: 'fox_secret_async_hooks',
      baseUrl: `${server.url}/public/v1`,
      random: rejecting('entropy') as unknown as () => number,
    })
    const { error, unhandled } = await unhandledDuring(() => fox.cancelSubscription('sub_1'))
    expect(error).toMatchObject({ kind: 'hook_failed', hook: 'random' })
    expect(unhandled).toEqual([])
  })
})
