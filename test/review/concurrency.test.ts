/**
 * Review: one caller signal shared by a fan-out of calls (a request-scoped
 * signal, the usual pattern) gets one 'abort' listener per in-flight attempt
 * (bounds.ts Bounds constructor), so 11 concurrent calls print Node's
 * "MaxListenersExceededWarning: Possible EventTarget memory leak detected".
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createOneKeyClient } from '../../src/index.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ do: 'reply', status: 200, body: '{}', headers: { 'content-type': 'application/json' }, delayMs: 30 })
})
afterAll(async () => {
  await server.close()
})

it('30 concurrent calls on one signal raise no process warning', async () => {
  const warnings: string[] = []
  const onWarning = (w: Error): void => {
    warnings.push(`${w.name}: ${w.message}`)
  }
  process.on('warning', onWarning)
  try {
    const onekey = createOneKeyClient({ login: 'ReviewLogin', secretKey: 'review-secret', baseUrl: server.url })
    const controller = new AbortController()
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => onekey.cancelSubscription(i + 1, { signal: controller.signal })))
    expect(results.every((r) => r.error === undefined)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 20))
  } finally {
    process.off('warning', onWarning)
  }
  expect(warnings).toEqual([])
})
