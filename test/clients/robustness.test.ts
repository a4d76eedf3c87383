/** Calls never reject, even when what the caller injects misbehaves. */
import { describe, expect, it, vi } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient } from '../../src/index.js'

const ok = async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })

describe('calls never reject', () => {
  it('an idempotency-key factory that throws gives hook_failed, and nothing is sent', async () => {
    const fetch = vi.fn(ok)
    const onekey = createOneKeyClient({
      login: 'L',
      secretKey: 'S',
      fetch,
      idempotencyKey: () => {
        throw new Error('boom')
      },
    })
    const r = await onekey.cancelSubscription(1)
    expect(r).toMatchObject({
      error: { kind: 'hook_failed', hook: 'idempotencyKey', message: expect.stringContaining('boom') },
      attempts: 0,
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each(['', 'a\nb', 'with space', 42])('an idempotency-key factory returning %j gives hook_failed', async (key) => {
    const fetch = vi.fn(ok)
    const onekey = createOneKeyClient({ login: 'L', secretKey: 'S', fetch, idempotencyKey: () => key as string })
    const r = await onekey.cancelSubscription(1)
    expect(r.error).toMatchObject({ kind: 'hook_failed', hook: 'idempotencyKey', message: expect.stringContaining('factory') })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('null options are the same as none', async () => {
    const fetch = vi.fn(ok)
    const funnelfox = createFunnelFoxClient({ secret: 'S', fetch, maxRetries: 0 })
    const onekey = createOneKeyClient({ login: 'L', secretKey: 'S', fetch })
    // @ts-expect-error null from plain JavaScript
    expect((await funnelfox.cancelSubscription('sub_1', null)).error?.kind).toBe('invalid_body')
    // @ts-expect-error null from plain JavaScript
    expect((await onekey.cancelSubscription(1, null)).data).toEqual({})
  })

  it('a logger that throws does not break the call', async () => {
    const logger = {
      debug: () => {
        throw new Error('logger down')
      },
    }
    const onekey = createOneKeyClient({ login: 'L', secretKey: 'S', fetch: ok, logger })
    expect((await onekey.cancelSubscription(1)).data).toEqual({})
  })

  it('a fetch rejecting with a plain object still gives a readable network message', async () => {
    const onekey = createOneKeyClient({ login: 'L', secretKey: 'S', fetch: () => Promise.reject({ code: 'ECONNRESET' }), maxRetries: 0 })
    const r = await onekey.cancelSubscription(1)
    expect(r.error).toMatchObject({ kind: 'network', message: expect.stringContaining('ECONNRESET') })
  })
})
