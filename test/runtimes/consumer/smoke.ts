/**
 * The one script every runtime of the matrix runs (npm run test:runtimes):
 * the packed package, imported by name as a user would, against a fresh
 * sandbox the harness started. It reports what it saw; the harness also
 * checks what the sandbox received.
 *
 * Web-standard APIs only, like the client runtime itself: no `process`,
 * `Deno` or `Bun` except to say which runtime this is.
 */
import { createFunnelFoxClient, createOneKeyClient } from 'subscription-clients'
import { CHECK_NAMES, type SmokeCheck, type SmokeConfig, type SmokeReport } from './report.js'

const TIMEOUT_MS = 200

export function runtimeIdentity(): string {
  const g = globalThis as {
    Bun?: { version: string }
    Deno?: { version: { deno: string } }
    process?: { versions?: { node?: string } }
  }
  const userAgent = typeof navigator === 'undefined' ? undefined : navigator.userAgent
  if (g.Bun) return `bun ${g.Bun.version}`
  if (g.Deno) return `deno ${g.Deno.version.deno}`
  // workerd has a `process` too when Node.js compatibility is on.
  if (userAgent === 'Cloudflare-Workers') return userAgent
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`
  return userAgent ?? 'unknown'
}

function describe(r: { error?: { kind: string; message: string } | undefined; attempts: number; response?: Response | undefined }): string {
  const status = r.response ? `HTTP ${r.response.status}` : 'no response'
  return r.error ? `${r.error.kind} (${status}, ${r.attempts} attempt(s)): ${r.error.message}` : `${status}, ${r.attempts} attempt(s)`
}

async function oneKeyCancels(config: SmokeConfig): Promise<SmokeCheck[]> {
  const onekey = createOneKeyClient({ ...config.onekey, baseUrl: config.onekeyBaseUrl })
  const first = await onekey.cancelSubscription(1001)
  const again = await onekey.cancelSubscription(1001)
  const typed = again.error?.kind === 'already_cancelled' && again.error.status === 421 && again.attempts === 1
  return [
    { name: CHECK_NAMES[0], ok: !first.error && first.response.status === 200 && first.attempts === 1, detail: describe(first) },
    { name: CHECK_NAMES[1], ok: typed, detail: describe(again) },
  ]
}

async function funnelFoxCancel(config: SmokeConfig): Promise<SmokeCheck> {
  const funnelfox = createFunnelFoxClient({ secret: config.funnelfoxSecret, baseUrl: config.funnelfoxBaseUrl })
  const r = await funnelfox.cancelSubscription('sub_active_1', { reason: 'Too expensive' })
  const ok = !r.error && r.data.status === 'cancelled' && r.data.cancellation_reason === 'Too expensive'
  const detail = r.error ? describe(r) : `status ${r.data.status}, reason ${JSON.stringify(r.data.cancellation_reason)}`
  return { name: CHECK_NAMES[2], ok, detail }
}

async function timeout(config: SmokeConfig): Promise<SmokeCheck> {
  const onekey = createOneKeyClient({ ...config.onekey, baseUrl: config.hangUrl, timeoutMs: TIMEOUT_MS, maxRetries: 0 })
  const started = Date.now()
  const r = await onekey.cancelSubscription(1002)
  const elapsed = Date.now() - started
  const scope = r.error?.kind === 'timeout' ? r.error.scope : undefined
  const ok = (scope === 'attempt' || scope === 'deadline') && r.attempts === 1 && elapsed < 20 * TIMEOUT_MS
  return { name: CHECK_NAMES[3], ok, detail: `${describe(r)}${scope ? `, scope ${scope}` : ''}, after ${elapsed} ms` }
}

/** A step that throws is a failed check that says what was thrown, not a crash. */
async function guarded(names: readonly string[], step: () => Promise<SmokeCheck | SmokeCheck[]>): Promise<SmokeCheck[]> {
  try {
    return [await step()].flat()
  } catch (e) {
    const detail = `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`
    return names.map((name) => ({ name, ok: false, detail }))
  }
}

export async function runSmoke(config: SmokeConfig): Promise<SmokeReport> {
  const checks = [
    ...(await guarded(CHECK_NAMES.slice(0, 2), () => oneKeyCancels(config))),
    ...(await guarded(CHECK_NAMES.slice(2, 3), () => funnelFoxCancel(config))),
    ...(await guarded(CHECK_NAMES.slice(3), () => timeout(config))),
  ]
  return { runtime: runtimeIdentity(), checks }
}
