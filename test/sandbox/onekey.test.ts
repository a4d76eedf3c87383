import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatOneKeyDate } from '../../src/onekey/signing.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { clock, defined, expectSpecValid, expectUndeclared, NOW, onekeyCancel, type Reply, signedHeaders } from './support.js'

const run = promisify(execFile)
const curlAvailable = await run('curl', ['--version']).then(
  () => true,
  () => false,
)

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ now: clock })
})
afterEach(async () => {
  await sandbox.close()
})

function expectRefused(reply: Reply, reason: string): void {
  expect(reply.status).toBe(401)
  expectUndeclared('onekey', reply)
  expect(reply.json).toEqual({ code: 401, description: expect.any(String), type: 'INVALID_SIGNATURE', reason })
  expect(reply.text).not.toContain(sandbox.credentials.onekey.secretKey)
  expect(sandbox.state.cancellations).toEqual([])
}

describe('OneKey DELETE /v3/subscriptions/{subscription_id}: outcomes', () => {
  it('cancels an active subscription: 200 {}', async () => {
    const reply = await onekeyCancel(sandbox, 1001)
    expect(reply.status).toBe(200)
    expectSpecValid('onekey', reply)
    expect(reply.text).toBe('{}')
    expect(sandbox.state.onekey.get(1001)).toEqual({ id: 1001, status: 'cancelled' })
    expect(sandbox.state.cancellations).toEqual([{ api: 'onekey', id: 1001, at: NOW.toISOString() }])
    expect(sandbox.state.requests.at(-1)).toMatchObject({ method: 'DELETE', status: 200, verdict: 'auth=ok' })
  })

  it.each([
    [999_999, 'Subscription does not exist.'],
    ['abc', 'Subscription does not exist: subscription_id must be a numeric id.'],
    ['-5', 'Subscription does not exist: subscription_id must be a numeric id.'],
    ['99999999999999999999', 'Subscription does not exist: subscription_id must be a numeric id.'],
  ])('answers 420 for id %s', async (id, description) => {
    const reply = await onekeyCancel(sandbox, id)
    expect(reply.status).toBe(420)
    expectSpecValid('onekey', reply)
    expect(reply.json).toEqual({ code: 420, description, type: 'SUBSCRIPTION_NOT_FOUND' })
  })

  it.each([
    [2001, 421, 'Subscription was already cancelled.', 'SUBSCRIPTION_ALREADY_CANCELLED', 'cancelled'],
    [3001, 426, 'Subscription is terminated and cannot be cancelled.', 'SUBSCRIPTION_TERMINATED', 'terminated'],
    [5001, 501, 'Generic Error.', 'GENERIC_ERROR', 'broken'],
  ])('id %i answers %i and keeps its state', async (id, code, description, type, status) => {
    const reply = await onekeyCancel(sandbox, id)
    expect(reply.status).toBe(code)
    expectSpecValid('onekey', reply)
    expect(reply.json).toEqual({ code, description, type })
    expect(sandbox.state.onekey.get(id)?.status).toBe(status)
    expect(sandbox.state.cancellations).toEqual([])
  })

  it('the second cancel of the same subscription is 421', async () => {
    expect((await onekeyCancel(sandbox, 1002)).status).toBe(200)
    const again = await onekeyCancel(sandbox, 1002)
    expect(again.status).toBe(421)
    expectSpecValid('onekey', again)
    expect(sandbox.state.cancellations).toHaveLength(1)
  })

  it('signs the exact body bytes: an unusual but signed body is accepted', async () => {
    const body = '{ "note" : "résilié — 😀" ,"x":1 }'
    const reply = await onekeyCancel(sandbox, 1003, { body })
    expect(reply.status).toBe(200)
    expectSpecValid('onekey', reply)
  })

  it('accepts the older D24 scheme', async () => {
    const headers = await signedHeaders(sandbox)
    headers.Authorization = defined(headers.Authorization).replace(/^OKP /, 'D24 ')
    expect((await onekeyCancel(sandbox, 1001, { headers })).status).toBe(200)
  })

  it('accepts an X-Date within the 300 s tolerance', async () => {
    const date = formatOneKeyDate(new Date(NOW.getTime() - 299_000))
    expect((await onekeyCancel(sandbox, 1001, { date })).status).toBe(200)
  })
})

describe('OneKey signature refused with 401 INVALID_SIGNATURE', () => {
  it('missing headers', async () => {
    const reply = await onekeyCancel(sandbox, 1001, { headers: {} })
    expectRefused(reply, 'missing_header')
    expect(sandbox.state.requests.at(-1)?.verdict).toBe('auth=missing_header')
  })

  it('malformed Authorization', async () => {
    const headers = { ...(await signedHeaders(sandbox)), Authorization: 'Bearer abc' }
    expectRefused(await onekeyCancel(sandbox, 1001, { headers }), 'bad_format')
  })

  it('wrong signature (signed with another key)', async () => {
    const reply = await onekeyCancel(sandbox, 1001, { secretKey: 'not-the-api-signature' })
    expectRefused(reply, 'mismatch')
    expect(reply.text).not.toContain('not-the-api-signature')
    expect(sandbox.state.onekey.get(1001)?.status).toBe('active')
    expect(sandbox.state.requests.at(-1)?.verdict).toBe('auth=mismatch')
  })

  it('wrong X-Login (correctly signed)', async () => {
    expectRefused(await onekeyCancel(sandbox, 1001, { login: 'someone-else' }), 'mismatch')
  })

  it('body tampered after signing', async () => {
    const headers = await signedHeaders(sandbox, { body: '{}' })
    expectRefused(await onekeyCancel(sandbox, 1001, { headers, body: '{ }' }), 'mismatch')
  })

  it.each([
    ['stale (6 minutes old)', -360_000],
    ['in the future (6 minutes ahead)', 360_000],
  ])('X-Date %s', async (_name, offsetMs) => {
    const date = formatOneKeyDate(new Date(NOW.getTime() + offsetMs))
    const reply = await onekeyCancel(sandbox, 1001, { date })
    expectRefused(reply, 'stale_date')
    expect((reply.json as { description: string }).description).toMatch(/tolerance/)
  })

  it('the signature is checked before the id: a bad signature on an unknown id is 401', async () => {
    expectRefused(await onekeyCancel(sandbox, 424242, { secretKey: 'wrong-key' }), 'mismatch')
  })

  it.runIf(curlAvailable)('refuses a wrong signature sent raw with curl', async () => {
    const url = `${sandbox.onekeyBaseUrl}/v3/subscriptions/1001`
    const { stdout } = await run('curl', [
      '-s',
      '-X',
      'DELETE',
      '-w',
      '\n%{http_code}',
      '-H',
      `X-Login: ${sandbox.credentials.onekey.login}`,
      '-H',
      `X-Date: ${formatOneKeyDate(NOW)}`,
      '-H',
      `Authorization: OKP ${'0'.repeat(64)}`,
      url,
    ])
    const [body = '', status] = stdout.split('\n')
    expect(status).toBe('401')
    expect(JSON.parse(body)).toMatchObject({ code: 401, type: 'INVALID_SIGNATURE', reason: 'mismatch' })
    expect(sandbox.state.onekey.get(1001)?.status).toBe('active')
  })

  it.runIf(curlAvailable)('accepts a correct signature sent raw with curl (exact body bytes)', async () => {
    const body = '{"why" :  "curl"}'
    const headers = await signedHeaders(sandbox, { body })
    const { stdout } = await run('curl', [
      '-s',
      '-X',
      'DELETE',
      '-w',
      '\n%{http_code}',
      ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
      '-H',
      'Content-Type: application/json',
      '--data-raw',
      body,
      `${sandbox.onekeyBaseUrl}/v3/subscriptions/1001`,
    ])
    expect(stdout).toBe('{}\n200')
    expect(sandbox.state.onekey.get(1001)?.status).toBe('cancelled')
  })
})
