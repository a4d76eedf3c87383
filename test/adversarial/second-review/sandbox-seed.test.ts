/**
 * Found by a second adversarial review, and fixed (each case failed before the fix): sandbox seeds the seed check accepts, though they cannot mean what the user wrote.
 */
import { describe, expect, it } from 'vitest'
import { createOneKeyClient } from '../../../src/index.js'
import { defaultSeed, loadSeed, startSandbox } from '../../../src/sandbox/index.js'

describe('seed validation (src/sandbox/seed.ts checkSeed)', () => {
  it('a misspelt vendor key ("funnelFox") is refused, not read as "no FunnelFox subscriptions"', async () => {
    const seed = { funnelFox: defaultSeed().funnelfox } as never
    // today: accepted, with 0 FunnelFox and 0 OneKey subscriptions; every cancel is then a 404/420
    await expect(loadSeed(seed)).rejects.toThrow(/funnelFox/)
  })

  it('a OneKey id the client can never send (0) is refused: the client takes positive ids only', async () => {
    const seed = { onekey: [{ id: 0, status: 'active' as const }] }
    const sandbox = await startSandbox({ port: 0, seed }).catch((e: Error) => e)
    if (sandbox instanceof Error) return // refused: what we want
    try {
      const onekey = createOneKeyClient({ ...sandbox.credentials.onekey, baseUrl: sandbox.onekeyBaseUrl })
      const r = await onekey.cancelSubscription(0)
      // today: the seed is accepted ("non-negative integer") and the entry is unreachable: invalid_request
      expect(r.error?.kind).not.toBe('invalid_request')
    } finally {
      await sandbox.close()
    }
  })
})
