/**
 * npm start: the whole package at work with no vendor credentials. Starts the
 * sandbox on an ephemeral loopback port and runs the real clients against it.
 */
import { type ClientError, createFunnelFoxClient, createOneKeyClient, type Result } from '../src/index.js'
import { startSandbox } from '../src/sandbox/index.js'

function describe(result: Result<unknown, ClientError>, success: (data: never) => string): string {
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`
  if (result.error === undefined) return `data: ${success(result.data as never)} (${attempts})`
  const e = result.error
  const status = 'status' in e ? ` HTTP ${e.status}` : ''
  return `error.kind "${e.kind}"${status}: ${e.message} (${attempts})`
}

function show(label: string, line: string): void {
  process.stdout.write(`  ${label.padEnd(34)} → ${line}\n`)
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0 })
  try {
    process.stdout.write(`Sandbox running at ${sandbox.url} (FunnelFox under /public/v1, OneKey at /v3)\n\n`)
    const { funnelfox: fox, onekey: ok } = sandbox.credentials

    process.stdout.write('FunnelFox: createFunnelFoxClient({ secret, baseUrl })\n')
    const funnelfox = createFunnelFoxClient({ secret: fox.secret, baseUrl: sandbox.funnelfoxBaseUrl })
    const cancelled = (d: { status: string; cancelled_at?: string; cancellation_reason?: string }) =>
      `status "${d.status}", cancelled_at ${d.cancelled_at}, reason "${d.cancellation_reason}"`
    show("cancel 'sub_active_1'", describe(await funnelfox.cancelSubscription('sub_active_1', { reason: 'Too expensive' }), cancelled))
    show("cancel 'sub_active_1' again", describe(await funnelfox.cancelSubscription('sub_active_1'), cancelled))
    show("cancel 'sub_missing'", describe(await funnelfox.cancelSubscription('sub_missing'), cancelled))
    const wrongFox = createFunnelFoxClient({ secret: 'fox_wrong_secret', baseUrl: sandbox.funnelfoxBaseUrl })
    show('cancel with a wrong secret', describe(await wrongFox.cancelSubscription('sub_active_2'), cancelled))

    process.stdout.write('\nOneKey: createOneKeyClient({ login, secretKey, baseUrl }), HMAC-signed\n')
    const onekey = createOneKeyClient({ login: ok.login, secretKey: ok.secretKey, baseUrl: sandbox.onekeyBaseUrl })
    const empty = (d: object) => JSON.stringify(d)
    show('cancel 1001', describe(await onekey.cancelSubscription(1001), empty))
    const before = sandbox.state.requestCount
    show('cancel 1001 again (HTTP 421)', describe(await onekey.cancelSubscription(1001), empty))
    show('  requests the server saw for it', String(sandbox.state.requestCount - before))
    show('cancel 999999', describe(await onekey.cancelSubscription(999999), empty))
    show("cancel '12a' (bad input)", describe(await onekey.cancelSubscription('12a'), empty))
    const wrongKey = createOneKeyClient({ login: ok.login, secretKey: 'not-the-api-signature', baseUrl: sandbox.onekeyBaseUrl })
    show('cancel with a wrong secretKey', describe(await wrongKey.cancelSubscription(1002), empty))
    process.stdout.write('\nEvery outcome above is a typed value: no call threw. See README.md for the full API.\n')
  } finally {
    await sandbox.close()
  }
}

await main()
