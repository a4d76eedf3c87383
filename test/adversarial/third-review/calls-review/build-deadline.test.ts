/**
 * Third review (calls): the deadline restarts after a body that must be read
 * first, so a call can run for twice its `deadlineMs`.
 *
 * README: "`deadlineMs` bounds the whole call, retries and waits included".
 * create-client.ts bounds the build of a Blob or multipart body by
 * `deadlineMs` (buildBounded), then retry.ts `runAttempts` starts its own
 * clock from zero: a body that takes 900 ms of a 1000 ms deadline to read
 * leaves the attempts another full 1000 ms.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../../../helpers/server.js'
import { clientOf, jsonResponse, spec } from '../../support.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ do: 'stall' })
})
afterAll(async () => {
  await server.close()
})

const doc = spec({
  '/blobs': {
    post: {
      requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: { '200': jsonResponse({ type: 'object' }) },
    },
  },
})

/** A Blob that takes 900 ms to read (a file-backed Blob on a slow disk). */
class SlowBlob extends Blob {
  override async arrayBuffer(): Promise<ArrayBuffer> {
    await new Promise((resolve) => setTimeout(resolve, 900))
    return super.arrayBuffer()
  }
}

it('a 1000 ms deadline ends the call near 1000 ms though the body took 900 ms to read', async () => {
  const { call } = clientOf(doc, server.url, { deadlineMs: 1000, timeoutMs: 10_000 })
  const started = performance.now()
  const r = await call('POST', '/blobs', { body: new SlowBlob(['bytes']) })
  const elapsed = performance.now() - started
  await server.closeConnections()
  expect(r.error).toMatchObject({ kind: 'timeout', scope: 'deadline' })
  expect(elapsed).toBeLessThan(1000 + 300)
})
