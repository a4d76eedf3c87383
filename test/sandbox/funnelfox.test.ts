import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CANCELLATION_REASON, type FunnelFoxSubscription, type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { validateResponse } from '../helpers/spec-validator.js'
import { clock, defined, expectSpecValid, FOX_PATH, foxCancel, NOW } from './support.js'

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ now: clock })
})
afterEach(async () => {
  await sandbox.close()
})

describe('FunnelFox POST /public/v1/subscriptions/{id}/cancel', () => {
  it('cancels an active subscription with the given reason and returns the full Subscription', async () => {
    const before = structuredClone(sandbox.state.funnelfox.get('sub_active_1'))
    const reply = await foxCancel(sandbox, 'sub_active_1', { body: '{"reason":"Too expensive"}' })
    expect(reply.status).toBe(200)
    expectSpecValid('funnelfox', reply)
    const sub = reply.json as FunnelFoxSubscription
    expect(sub).toEqual({
      ...before,
      status: 'cancelled',
      cancelled_at: NOW.toISOString(),
      cancellation_reason: 'Too expensive',
      renews: false,
      updated_at: NOW.toISOString(),
    })
    expect(sandbox.state.funnelfox.get('sub_active_1')).toEqual(sub)
    expect(sandbox.state.cancellations).toEqual([{ api: 'funnelfox', id: 'sub_active_1', at: NOW.toISOString() }])
  })

  it.each([
    ['no body', undefined],
    ['an empty object', '{}'],
  ])('uses the default reason with %s', async (_name, body) => {
    const reply = await foxCancel(sandbox, 'sub_active_2', body === undefined ? {} : { body })
    expect(reply.status).toBe(200)
    expectSpecValid('funnelfox', reply)
    expect((reply.json as FunnelFoxSubscription).cancellation_reason).toBe(DEFAULT_CANCELLATION_REASON)
    expect(DEFAULT_CANCELLATION_REASON).toBe('User requested cancellation')
  })

  it('answers 401 without a Fox-Secret header and changes nothing', async () => {
    const reply = await foxCancel(sandbox, 'sub_active_1', { secret: null })
    expect(reply.status).toBe(401)
    expectSpecValid('funnelfox', reply)
    expect((reply.json as { message: string }).message).toMatch(/Fox-Secret/)
    expect(sandbox.state.funnelfox.get('sub_active_1')?.status).toBe('active')
    expect(sandbox.state.requests.at(-1)?.verdict).toBe('auth=missing_header')
  })

  it('answers 401 with a wrong Fox-Secret, never echoing either secret', async () => {
    const reply = await foxCancel(sandbox, 'sub_active_1', { secret: 'fox_wrong_secret' })
    expect(reply.status).toBe(401)
    expectSpecValid('funnelfox', reply)
    expect(reply.text).not.toContain('fox_wrong_secret')
    expect(reply.text).not.toContain(sandbox.credentials.funnelfox.secret)
    expect(sandbox.state.funnelfox.get('sub_active_1')?.status).toBe('active')
    expect(sandbox.state.requests.at(-1)?.verdict).toBe('auth=mismatch')
  })

  it('checks the secret before the id: an unknown id with a bad secret is 401, not 404', async () => {
    const reply = await foxCancel(sandbox, 'sub_nope', { secret: 'x' })
    expect(reply.status).toBe(401)
  })

  it('answers 404 for an unknown id', async () => {
    const reply = await foxCancel(sandbox, 'sub_does_not_exist')
    expect(reply.status).toBe(404)
    expectSpecValid('funnelfox', reply)
    expect(reply.json).toEqual({ message: 'Subscription not found' })
  })

  it('answers 400 for an already cancelled subscription and leaves it unchanged', async () => {
    const before = structuredClone(sandbox.state.funnelfox.get('sub_cancelled_1'))
    const reply = await foxCancel(sandbox, 'sub_cancelled_1')
    expect(reply.status).toBe(400)
    expectSpecValid('funnelfox', reply)
    expect(reply.json).toEqual({ message: 'Subscription is already cancelled' })
    expect(sandbox.state.funnelfox.get('sub_cancelled_1')).toEqual(before)
  })

  it('cancels once: the second cancel of the same subscription is 400', async () => {
    expect((await foxCancel(sandbox, 'sub_active_3')).status).toBe(200)
    const again = await foxCancel(sandbox, 'sub_active_3')
    expect(again.status).toBe(400)
    expectSpecValid('funnelfox', again)
    expect(sandbox.state.cancellations).toHaveLength(1)
  })

  it.each([
    ['malformed JSON', '{"reason":', /Malformed JSON body/],
    ['a JSON array', '["x"]', /JSON object/],
    ['a non-string reason', '{"reason":42}', /"reason" must be a string/],
  ])('answers 400 for %s and changes nothing', async (_name, body, message) => {
    const reply = await foxCancel(sandbox, 'sub_active_1', { body })
    expect(reply.status).toBe(400)
    expectSpecValid('funnelfox', reply)
    expect((reply.json as { message: string }).message).toMatch(message)
    expect(sandbox.state.funnelfox.get('sub_active_1')?.status).toBe('active')
  })

  it('decodes percent-encoded ids', async () => {
    sandbox.state.funnelfox.set('sub with space', {
      ...structuredClone(defined(sandbox.state.funnelfox.get('sub_active_1'))),
      id: 'sub with space',
    })
    const reply = await foxCancel(sandbox, 'sub with space')
    expect(reply.status).toBe(200)
    expect((reply.json as FunnelFoxSubscription).id).toBe('sub with space')
  })

  it('every default-seed subscription is a valid spec Subscription', async () => {
    for (const sub of sandbox.state.funnelfox.values()) {
      expect(validateResponse('funnelfox', 'POST', FOX_PATH, 200, sub).errors).toBe('')
    }
    for (const id of ['sub_active_1', 'sub_active_2', 'sub_active_3']) {
      const reply = await foxCancel(sandbox, id)
      expect(reply.status).toBe(200)
      expectSpecValid('funnelfox', reply)
    }
  })
})
