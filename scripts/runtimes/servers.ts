/**
 * The loopback servers one runtime's smoke run talks to, started fresh for
 * each runtime in the harness's own Node process: the packed package's
 * sandbox, and a server that accepts requests and never answers. After the
 * run, what they received is checked here, on the server side.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import type { SmokeCheck, SmokeConfig } from '../../test/runtimes/consumer/report.js'

/** The part of `subscription-clients/sandbox` the harness uses, as the packed package exports it. */
interface PackedSandbox {
  onekeyBaseUrl: string
  funnelfoxBaseUrl: string
  credentials: { onekey: { login: string; secretKey: string }; funnelfox: { secret: string } }
  state: {
    requests: { method: string; path: string; status: number; verdict: string }[]
    funnelfox: Map<string, { status: string; cancellation_reason?: string | null }>
  }
  close(): Promise<void>
}
interface SandboxModule {
  startSandbox(options: { port: number }): Promise<PackedSandbox>
}

export interface Servers {
  config: SmokeConfig
  /** What the servers received, as checks. */
  verify(): SmokeCheck[]
  close(): Promise<void>
}

function hangServer() {
  let received = 0
  const server = createServer(() => {
    received += 1 // accepted and read, never answered
  })
  return {
    listen: () =>
      new Promise<string>((done) =>
        server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    received: () => received,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

function check(name: string, ok: boolean, detail: string): SmokeCheck {
  return { name, ok, detail }
}

function serverChecks(sandbox: PackedSandbox, hangRequests: number): SmokeCheck[] {
  const onekey = sandbox.state.requests.filter((r) => r.method === 'DELETE' && r.path === '/v3/subscriptions/1001')
  const seen = onekey.map((r) => `${r.status} ${r.verdict}`).join(', ') || 'nothing'
  const fox = sandbox.state.requests.filter((r) => r.method === 'POST' && r.path === '/public/v1/subscriptions/sub_active_1/cancel')
  const stored = sandbox.state.funnelfox.get('sub_active_1')
  return [
    check(
      'sandbox: a signed cancel, then the repeat exactly once',
      seen === '200 auth=ok, 421 auth=ok',
      `DELETE /v3/subscriptions/1001 got: ${seen}`,
    ),
    check(
      'sandbox: FunnelFox cancel stored with its reason',
      fox.length === 1 && stored?.status === 'cancelled' && stored.cancellation_reason === 'Too expensive',
      `${fox.length} request(s); stored ${JSON.stringify({ status: stored?.status, reason: stored?.cancellation_reason })}`,
    ),
    check('hang server: the timed-out call sent one request', hangRequests === 1, `${hangRequests} request(s) received`),
  ]
}

/** `sandboxEntry`: the file `subscription-clients/sandbox` resolves to in the scratch consumer. */
export async function startServers(sandboxEntry: string): Promise<Servers> {
  const { startSandbox } = (await import(pathToFileURL(sandboxEntry).href)) as SandboxModule
  const sandbox = await startSandbox({ port: 0 })
  const hang = hangServer()
  const hangUrl = await hang.listen()
  return {
    config: {
      onekeyBaseUrl: sandbox.onekeyBaseUrl,
      funnelfoxBaseUrl: sandbox.funnelfoxBaseUrl,
      hangUrl,
      onekey: { login: sandbox.credentials.onekey.login, secretKey: sandbox.credentials.onekey.secretKey },
      funnelfoxSecret: sandbox.credentials.funnelfox.secret,
    },
    verify: () => serverChecks(sandbox, hang.received()),
    close: async () => {
      await Promise.all([sandbox.close(), hang.close()])
    },
  }
}
