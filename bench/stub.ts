/**
 * Measures the built package (dist/), as users run it: `npm run bench` builds first.
 * 1. Calls per second with a stub fetch (no network): where our own overhead
 * shows. Beside bare openapi-fetch (no retries, no timeouts, no checks) and
 * ky with its retries and timeout on, the usual peer for the same job.
 */
import ky from 'ky'
import createClient from 'openapi-fetch'
import { createFunnelFoxClient, createOneKeyClient } from '../dist/src/index.js'
import type { paths } from '../generated/funnelfox.js'
import { SUBSCRIPTION_TEXT, stubFetch } from './fixtures.js'
import { interleaved, opsPerSecond, print } from './measure.js'

const BASE = 'https://bench.invalid'

export async function stubBench(quick: boolean) {
  const funnelfoxFetch = stubFetch(SUBSCRIPTION_TEXT)
  const onekeyFetch = stubFetch('{}')
  const bare = createClient<paths>({ baseUrl: `${BASE}/public/v1`, fetch: funnelfoxFetch })
  const funnelfox = createFunnelFoxClient({ secret: 'fox_bench', baseUrl: `${BASE}/public/v1`, fetch: funnelfoxFetch })
  const onekey = createOneKeyClient({ login: 'bench', secretKey: 'bench-signature', baseUrl: BASE, fetch: onekeyFetch })
  const kyClient = ky.create({
    prefixUrl: `${BASE}/public/v1`,
    fetch: funnelfoxFetch as typeof fetch,
    headers: { 'Fox-Secret': 'fox_bench' },
    retry: { limit: 2 },
    timeout: 30_000,
  })
  const body = JSON.stringify({ reason: 'Too expensive' })
  const ms = quick ? 100 : 300
  const contenders = {
    'raw fetch-shaped call': () =>
      opsPerSecond(async () => {
        const request = new Request(`${BASE}/public/v1/subscriptions/sub_1/cancel`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'fox-secret': 'fox_bench' },
        })
        return (await funnelfoxFetch(request)).json()
      }, ms),
    'bare openapi-fetch': () =>
      opsPerSecond(
        () =>
          bare.POST('/subscriptions/{id}/cancel', {
            params: { path: { id: 'sub_1' }, header: { 'Fox-Secret': 'fox_bench' } },
            body: { reason: 'Too expensive' },
          }),
        ms,
      ),
    'ky (retries, timeout)': () =>
      opsPerSecond(() => kyClient.post('subscriptions/sub_1/cancel', { json: { reason: 'Too expensive' } }).json(), ms),
    'funnelfox client': () => opsPerSecond(() => funnelfox.cancelSubscription('sub_1', { reason: 'Too expensive' }), ms),
    'onekey client (signing)': () => opsPerSecond(() => onekey.cancelSubscription(123456789), ms),
  }
  const opsPerSec = await interleaved(contenders, quick ? 3 : 7)
  print('1. stub fetch, calls/s (median)', opsPerSec, 'ops/s')
  const bareOps = opsPerSec['bare openapi-fetch'] ?? Number.NaN
  const ratios = {
    funnelfoxVsOpenapiFetch: (opsPerSec['funnelfox client'] ?? 0) / bareOps,
    onekeyVsOpenapiFetch: (opsPerSec['onekey client (signing)'] ?? 0) / bareOps,
    funnelfoxVsKy: (opsPerSec['funnelfox client'] ?? 0) / (opsPerSec['ky (retries, timeout)'] ?? Number.NaN),
  }
  return { opsPerSec, ratios }
}
