import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatOneKeyDate } from '../../src/onekey/signing.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { clock, expectSpecValid, expectUndeclared, NOW, onekeyCancel } from './support.js'

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ now: clock })
})
afterEach(async () => {
  await sandbox.close()
})

describe('OneKey X-Idempotency-Key', () => {
  it('the same key twice cancels once and replays the first response byte for byte', async () => {
    const first = await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-1' })
    // A retry is signed afresh (new X-Date), exactly as a client would.
    const date = formatOneKeyDate(new Date(NOW.getTime() + 5_000))
    const second = await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-1', date })
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expectSpecValid('onekey', first)
    expectSpecValid('onekey', second)
    expect(second.text).toBe(first.text)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(sandbox.state.cancellations).toHaveLength(1)
    expect(sandbox.state.onekey.get(1001)?.status).toBe('cancelled')
    expect(sandbox.state.requests.map((r) => r.verdict)).toEqual(['auth=ok', 'replayed'])
  })

  it('without a key the retry is a second attempt: 421', async () => {
    await onekeyCancel(sandbox, 1001)
    expect((await onekeyCancel(sandbox, 1001)).status).toBe(421)
  })

  it('replays an error response too (420), with no second lookup', async () => {
    const first = await onekeyCancel(sandbox, 7777, { idempotencyKey: 'idem-420' })
    sandbox.state.onekey.set(7777, { id: 7777, status: 'active' })
    const second = await onekeyCancel(sandbox, 7777, { idempotencyKey: 'idem-420' })
    expect(first.status).toBe(420)
    expect(second.status).toBe(420)
    expect(second.text).toBe(first.text)
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(sandbox.state.onekey.get(7777)?.status).toBe('active')
  })

  it('does not remember a 501, so a retry is a real second attempt', async () => {
    await onekeyCancel(sandbox, 5001, { idempotencyKey: 'idem-501' })
    const second = await onekeyCancel(sandbox, 5001, { idempotencyKey: 'idem-501' })
    expect(second.status).toBe(501)
    expect(second.headers.get('idempotent-replayed')).toBeNull()
  })

  it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED and has no effect', async () => {
    await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-2', body: '{}' })
    const reused = await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-2', body: '{"a":1}' })
    expect(reused.status).toBe(422)
    expectUndeclared('onekey', reused)
    expect(reused.json).toEqual({ code: 422, description: expect.stringMatching(/X-Idempotency-Key/), type: 'IDEMPOTENCY_KEY_REUSED' })
    expect(sandbox.state.cancellations).toHaveLength(1)
  })

  it('the same key on another subscription is 422 and leaves that subscription active', async () => {
    await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-3' })
    const reused = await onekeyCancel(sandbox, 1002, { idempotencyKey: 'idem-3' })
    expect(reused.status).toBe(422)
    expect(sandbox.state.onekey.get(1002)?.status).toBe('active')
  })

  it('the signature is checked first: a bad signature with a known key is 401, not a replay', async () => {
    await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-4' })
    const forged = await onekeyCancel(sandbox, 1001, { idempotencyKey: 'idem-4', secretKey: 'forged' })
    expect(forged.status).toBe(401)
    expect(forged.headers.get('idempotent-replayed')).toBeNull()
  })

  it('concurrent requests with one key cancel exactly once', async () => {
    const replies = await Promise.all(Array.from({ length: 6 }, () => onekeyCancel(sandbox, 1003, { idempotencyKey: 'idem-race' })))
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200))
    expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(5)
    expect(sandbox.state.cancellations).toHaveLength(1)
  })
})
