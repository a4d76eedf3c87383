import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSeed, SANDBOX_CREDENTIALS, type Sandbox, type SandboxSeed, startSandbox } from '../../src/sandbox/index.js'
import { clock, defined, expectJsonHeaders, foxCancel, onekeyCancel, toReply } from './support.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-seed-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function withSandbox<T>(options: Parameters<typeof startSandbox>[0], fn: (s: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox({ now: clock, ...options })
  try {
    return await fn(sandbox)
  } finally {
    await sandbox.close()
  }
}

describe('startSandbox', () => {
  it('listens on an ephemeral 127.0.0.1 port with the default credentials', async () => {
    await withSandbox({}, async (sandbox) => {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(sandbox.url).not.toMatch(/:0$/)
      expect(sandbox.funnelfoxBaseUrl).toBe(`${sandbox.url}/public/v1`)
      expect(sandbox.onekeyBaseUrl).toBe(sandbox.url)
      expect(sandbox.credentials).toEqual({
        funnelfox: { secret: 'fox_sandbox_secret' },
        onekey: { login: 'sandbox-login', secretKey: 'sandbox-api-signature' },
      })
      expect(SANDBOX_CREDENTIALS).toEqual(sandbox.credentials)
    })
  })

  it('default seed: several active per vendor plus cancelled, terminated and broken', () => {
    const seed = defaultSeed()
    expect(seed.funnelfox?.filter((s) => s.status === 'active').length).toBeGreaterThanOrEqual(3)
    expect(seed.funnelfox?.map((s) => s.id)).toContain('sub_cancelled_1')
    const statuses = seed.onekey?.map((s) => s.status) ?? []
    expect(statuses.filter((s) => s === 'active').length).toBeGreaterThanOrEqual(3)
    expect(statuses).toEqual(expect.arrayContaining(['cancelled', 'terminated', 'broken']))
    expect(defaultSeed()).not.toBe(defaultSeed())
  })

  it('uses the given credentials instead of the defaults', async () => {
    const credentials = { funnelfox: { secret: 'fox_custom' }, onekey: { login: 'me', secretKey: 'my-signature' } }
    await withSandbox({ credentials }, async (sandbox) => {
      expect(sandbox.credentials).toEqual(credentials)
      expect((await foxCancel(sandbox, 'sub_active_1', { secret: 'fox_sandbox_secret' })).status).toBe(401)
      expect((await foxCancel(sandbox, 'sub_active_1')).status).toBe(200)
      expect((await onekeyCancel(sandbox, 1001)).status).toBe(200)
    })
  })

  it('seeds from a JSON file', async () => {
    const seed: SandboxSeed = {
      funnelfox: [{ ...defined(defaultSeed().funnelfox?.[0]), id: 'sub_from_file' }],
      onekey: [{ id: 42, status: 'active' }],
    }
    const file = join(dir, 'seed.json')
    await writeFile(file, JSON.stringify(seed))
    await withSandbox({ seed: file }, async (sandbox) => {
      expect([...sandbox.state.funnelfox.keys()]).toEqual(['sub_from_file'])
      expect([...sandbox.state.onekey.values()]).toEqual([{ id: 42, status: 'active' }])
      expect((await foxCancel(sandbox, 'sub_from_file')).status).toBe(200)
      expect((await onekeyCancel(sandbox, 42)).status).toBe(200)
      expect((await onekeyCancel(sandbox, 1001)).status).toBe(420)
    })
  })

  it('does not mutate a seed object it was given', async () => {
    const seed = defaultSeed()
    await withSandbox({ seed }, async (sandbox) => {
      await onekeyCancel(sandbox, 1001)
      await foxCancel(sandbox, 'sub_active_1')
    })
    expect(seed).toEqual(defaultSeed())
  })

  it.each([
    ['a missing file', null, /seed file .*missing\.json: cannot read it \(ENOENT\)/],
    ['invalid JSON', '{"onekey": [', /not valid JSON/],
    ['a bad OneKey status', '{"onekey":[{"id":1,"status":"paused"}]}', /onekey\[0\]: "status" must be one of/],
    [
      'a FunnelFox entry missing fields',
      '{"funnelfox":[{"id":"x","status":"active"}]}',
      /funnelfox\[0\] is missing required field "psp_id"/,
    ],
    [
      'a FunnelFox status the spec does not declare',
      JSON.stringify({ funnelfox: [{ ...defaultSeed().funnelfox?.[0], status: 'grace' }] }),
      /funnelfox\[0\]\.status is "grace", not one of \["created"/,
    ],
    [
      'a FunnelFox field of the wrong type',
      JSON.stringify({ funnelfox: [{ ...defaultSeed().funnelfox?.[0], price: '9.99' }] }),
      /funnelfox\[0\]\.price is string, expected integer/,
    ],
    ['duplicate ids', '{"onekey":[{"id":1,"status":"active"},{"id":1,"status":"active"}]}', /duplicate id 1/],
    ['a misspelt vendor key', '{"funnelFox":[]}', /unknown key "funnelFox"; a seed has only funnelfox and onekey/],
    ['a key beside the vendors', '{"onekey":[],"comment":"x"}', /unknown key "comment"/],
    [
      'a OneKey id of 0, which the client never sends',
      '{"onekey":[{"id":0,"status":"active"}]}',
      /onekey\[0\]: "id" .*positive integer.*got 0/,
    ],
    ['a negative OneKey id', '{"onekey":[{"id":-5,"status":"active"}]}', /onekey\[0\]: "id" .*got -5/],
    ['a fractional OneKey id', '{"onekey":[{"id":1.5,"status":"active"}]}', /onekey\[0\]: "id" .*got 1\.5/],
    [
      'a OneKey id past the safe integers',
      '{"onekey":[{"id":9007199254740993,"status":"active"}]}',
      /onekey\[0\]: "id" .*MAX_SAFE_INTEGER/,
    ],
    ['a OneKey id as a string', '{"onekey":[{"id":"7","status":"active"}]}', /onekey\[0\]: "id" must be a number, got string/],
  ])('rejects a seed file with %s', async (_name, content, message) => {
    const file = join(dir, content === null ? 'missing.json' : `bad-${Math.random()}.json`)
    if (content !== null) await writeFile(file, content)
    await expect(startSandbox({ seed: file })).rejects.toThrow(message)
  })
})

describe('routing and the request log', () => {
  it('unknown route → 404 JSON; wrong method on a known path → 405 with Allow', async () => {
    await withSandbox({}, async (sandbox) => {
      const unknown = await toReply(await fetch(`${sandbox.url}/nope`))
      expect(unknown.status).toBe(404)
      expect(unknown.json).toEqual({ message: 'No route for GET /nope' })
      expectJsonHeaders(unknown)
      const wrong = await toReply(await fetch(`${sandbox.url}/v3/subscriptions/1001`, { method: 'POST' }))
      expect(wrong.status).toBe(405)
      expect(wrong.headers.get('allow')).toBe('DELETE')
      expectJsonHeaders(wrong)
      const wrongFox = await toReply(await fetch(`${sandbox.funnelfoxBaseUrl}/subscriptions/sub_active_1/cancel`))
      expect(wrongFox.status).toBe(405)
      expect(wrongFox.headers.get('allow')).toBe('POST')
      expect(sandbox.state.requests.map((r) => [r.status, r.verdict])).toEqual([
        [404, 'auth=none'],
        [405, 'auth=none'],
        [405, 'auth=none'],
      ])
    })
  })

  it('ignores the query string when routing', async () => {
    await withSandbox({}, async (sandbox) => {
      const res = await fetch(`${sandbox.funnelfoxBaseUrl}/subscriptions/sub_active_1/cancel?x=1`, {
        method: 'POST',
        headers: { 'Fox-Secret': sandbox.credentials.funnelfox.secret },
      })
      expect(res.status).toBe(200)
      expect(sandbox.state.requests[0]?.path).toBe('/public/v1/subscriptions/sub_active_1/cancel')
    })
  })

  it('logs one line per request with time, method, path, status, verdict and duration, never a secret', async () => {
    const lines: string[] = []
    await withSandbox({ log: (line) => lines.push(line) }, async (sandbox) => {
      await foxCancel(sandbox, 'sub_active_1')
      await foxCancel(sandbox, 'sub_active_2', { secret: 'fox_leaked_guess' })
      await onekeyCancel(sandbox, 1001, { idempotencyKey: 'k' })
      await onekeyCancel(sandbox, 1001, { idempotencyKey: 'k' })
      await onekeyCancel(sandbox, 1002, { secretKey: 'wrong-signature' })
      expect(sandbox.state.requestCount).toBe(5)
      expect(sandbox.state.requests.map((r) => r.verdict)).toEqual(['auth=ok', 'auth=mismatch', 'auth=ok', 'replayed', 'auth=mismatch'])
    })
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^2026-03-01T10:00:00\.000Z POST \/public\/v1\/subscriptions\/sub_active_1\/cancel 200 auth=ok \d+\.\dms$/)
    expect(lines[3]).toMatch(/ DELETE \/v3\/subscriptions\/1001 200 replayed \d+\.\dms$/)
    const all = lines.join('\n')
    for (const secret of ['fox_sandbox_secret', 'fox_leaked_guess', 'sandbox-api-signature', 'OKP ', 'wrong-signature']) {
      expect(all).not.toContain(secret)
    }
  })

  it('answers 413 for a body over 1 MiB', async () => {
    await withSandbox({}, async (sandbox) => {
      const reply = await foxCancel(sandbox, 'sub_active_1', { body: `{"reason":"${'x'.repeat(1024 * 1024)}"}` })
      expect(reply.status).toBe(413)
      expectJsonHeaders(reply)
      expect(sandbox.state.funnelfox.get('sub_active_1')?.status).toBe('active')
    })
  })
})
