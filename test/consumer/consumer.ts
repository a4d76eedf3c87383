/**
 * A new user's strict TypeScript file: both clients, exhaustive switches over
 * their errors, a vendor's own entry point with its generated types, run against the sandbox.
 * Compiled by scripts/consumer-smoke.ts against the packed tarball.
 */
import { createOneKeyClient, type OperationResult, unwrap } from 'subscription-clients'
import { createFunnelFoxClient, type paths as FunnelFoxPaths } from 'subscription-clients/funnelfox'
import type { paths as OneKeyPaths } from 'subscription-clients/onekey'
import { startSandbox } from 'subscription-clients/sandbox'

type CancelOneKey = OneKeyPaths['/v3/subscriptions/{subscription_id}']['delete']
type CancelFox = FunnelFoxPaths['/subscriptions/{id}/cancel']['post']

function describeOneKey(
  r: OperationResult<
    CancelOneKey,
    { 420: 'subscription_not_found'; 421: 'already_cancelled'; 426: 'subscription_terminated'; 501: 'generic_error' }
  >,
): string {
  if (!r.error) return `cancelled ${JSON.stringify(r.data)}`
  switch (r.error.kind) {
    case 'subscription_not_found':
    case 'already_cancelled':
    case 'subscription_terminated':
    case 'generic_error':
      return `${r.error.kind} ${r.error.status} ${r.error.body.type ?? ''}`
    case 'unexpected_status':
    case 'invalid_body':
      return `${r.error.kind} ${r.error.status}`
    case 'network':
    case 'timeout':
    case 'aborted':
    case 'invalid_request':
    case 'hook_failed':
      return `${r.error.kind}: ${r.error.message}`
    default: {
      const unhandled: never = r.error
      return unhandled
    }
  }
}

function describeFox(r: Awaited<ReturnType<ReturnType<typeof createFunnelFoxClient>['cancelSubscription']>>): string {
  if (!r.error) return `cancelled ${r.data.status}`
  switch (r.error.kind) {
    case 'bad_request':
    case 'unauthorized':
    case 'not_found':
      return `${r.error.kind} ${r.error.status} ${r.error.body.message}`
    case 'unexpected_status':
    case 'invalid_body':
      return `${r.error.kind} ${r.error.status}`
    case 'network':
    case 'timeout':
    case 'aborted':
    case 'invalid_request':
    case 'hook_failed':
      return `${r.error.kind}: ${r.error.message}`
    default: {
      const unhandled: never = r.error
      return unhandled
    }
  }
}

const expectations: [string, string][] = []
const sandbox = await startSandbox({ port: 0 })
try {
  const onekey = createOneKeyClient({ ...sandbox.credentials.onekey, baseUrl: sandbox.onekeyBaseUrl })
  const funnelfox = createFunnelFoxClient({ secret: sandbox.credentials.funnelfox.secret, baseUrl: sandbox.funnelfoxBaseUrl })
  expectations.push([describeOneKey(await onekey.cancelSubscription(1001)), 'cancelled {}'])
  expectations.push([describeOneKey(await onekey.cancelSubscription(1001)), 'already_cancelled 421 SUBSCRIPTION_ALREADY_CANCELLED'])
  expectations.push([describeFox(await funnelfox.cancelSubscription('sub_active_1', { reason: 'smoke' })), 'cancelled cancelled'])
  expectations.push([describeFox(await funnelfox.cancelSubscription('sub_missing')), 'not_found 404 Subscription not found'])
  const raw = await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1002 } } })
  expectations.push([String(raw.response.status), '200'])
  const typed: CancelFox['responses'][200]['content']['application/json'] = unwrap(await funnelfox.cancelSubscription('sub_active_2'))
  expectations.push([typed.status, 'cancelled'])
} finally {
  await sandbox.close()
}
const failed = expectations.filter(([got, want]) => got !== want)
for (const [got, want] of failed) console.error(`consumer smoke: expected "${want}", got "${got}"`)
if (failed.length > 0) process.exit(1)
console.log(`consumer smoke: ${expectations.length} checks ok`)
