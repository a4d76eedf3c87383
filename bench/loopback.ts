/**
 * Measures the built package (dist/), as users run it: `npm run bench` builds first. 2. Requests per second against a loopback keep-alive server, at concurrency 1 and 64. */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import createClient from 'openapi-fetch'
import { createFunnelFoxClient, createOneKeyClient } from '../dist/src/index.js'
import type { paths } from '../generated/funnelfox.js'
import { interleaved, print } from './measure.js'

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'loopback-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<string>((done) => child.stdout.once('data', (d: Buffer) => done(d.toString().trim())))
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}

/** Completed calls per second with `concurrency` workers for about `ms` milliseconds. */
async function throughput(call: () => Promise<unknown>, concurrency: number, ms: number): Promise<number> {
  let done = 0
  const start = performance.now()
  const worker = async (): Promise<void> => {
    while (performance.now() - start < ms) {
      await call()
      done += 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return (done * 1000) / (performance.now() - start)
}

export async function loopbackBench(quick: boolean) {
  const server = await startServer()
  try {
    const funnelfox = createFunnelFoxClient({ secret: 'fox_bench', baseUrl: `${server.url}/public/v1` })
    const onekey = createOneKeyClient({ login: 'bench', secretKey: 'bench-signature', baseUrl: server.url })
    const bare = createClient<paths>({ baseUrl: `${server.url}/public/v1` })
    const bareFox = () =>
      bare.POST('/subscriptions/{id}/cancel', {
        params: { path: { id: 'sub_1' }, header: { 'Fox-Secret': 'fox_bench' } },
        body: { reason: 'Too expensive' },
      })
    const reason = JSON.stringify({ reason: 'Too expensive' })
    const rawFox = async () =>
      (
        await fetch(`${server.url}/public/v1/subscriptions/sub_1/cancel`, {
          method: 'POST',
          body: reason,
          headers: { 'content-type': 'application/json', 'fox-secret': 'fox_bench' },
        })
      ).json()
    const rawOneKey = async () =>
      (
        await fetch(`${server.url}/v3/subscriptions/123456789`, {
          method: 'DELETE',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        })
      ).json()
    const ms = quick ? 150 : 400
    const results: Record<string, number> = {}
    for (const c of [1, 64]) {
      const rps = await interleaved(
        {
          [`raw fetch POST c=${c}`]: () => throughput(rawFox, c, ms),
          [`bare openapi-fetch c=${c}`]: () => throughput(bareFox, c, ms),
          [`funnelfox c=${c}`]: () => throughput(() => funnelfox.cancelSubscription('sub_1', { reason: 'Too expensive' }), c, ms),
          [`raw fetch DELETE c=${c}`]: () => throughput(rawOneKey, c, ms),
          [`onekey c=${c}`]: () => throughput(() => onekey.cancelSubscription(123456789), c, ms),
        },
        quick ? 3 : 5,
      )
      Object.assign(results, rps)
    }
    print('2. loopback keep-alive server, requests/s (median)', results, 'req/s')
    const ratio = (ours: string, raw: string) => (results[ours] ?? 0) / (results[raw] ?? Number.NaN)
    const ratios = {
      'funnelfox c=1': ratio('funnelfox c=1', 'raw fetch POST c=1'),
      'funnelfox c=64': ratio('funnelfox c=64', 'raw fetch POST c=64'),
      'onekey c=1': ratio('onekey c=1', 'raw fetch DELETE c=1'),
      'onekey c=64': ratio('onekey c=64', 'raw fetch DELETE c=64'),
      'bare openapi-fetch c=1': ratio('bare openapi-fetch c=1', 'raw fetch POST c=1'),
      'bare openapi-fetch c=64': ratio('bare openapi-fetch c=64', 'raw fetch POST c=64'),
      'funnelfox vs bare openapi-fetch c=1': ratio('funnelfox c=1', 'bare openapi-fetch c=1'),
      'funnelfox vs bare openapi-fetch c=64': ratio('funnelfox c=64', 'bare openapi-fetch c=64'),
    }
    return { requestsPerSecond: results, ratios }
  } finally {
    server.stop()
  }
}
