/**
 * Found by an adversarial review, and fixed (each case failed before the fix): the run-time schema check tries every `oneOf`/`anyOf` alternative
 * in full (schema.ts `alternatives.every(...)`), so a recursive schema with two
 * overlapping alternatives (the usual `oneOf: [Cat, Dog]` + `discriminator`
 * whose items are again Pets) costs 2^depth on a body that fails at its leaf.
 * The check is synchronous and runs after the attempt's timer is released,
 * so neither `timeoutMs`, `deadlineMs` nor the caller's signal can stop it:
 * a ~1 kB response blocks the event loop (the whole process) for seconds at
 * depth 24, minutes at depth 30, while MAX_DEPTH allows 200.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { json, startTestServer, type TestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const animal = (kind: string) => ({
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', enum: [kind, 'cat', 'dog'] }, children: { type: 'array', items: ref('Pet') } },
})
const doc = spec(
  {
    '/pets/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: jsonResponse(ref('Pet')) },
      },
    },
  },
  { Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind' } }, Cat: animal('cat'), Dog: animal('dog') },
)

/** A chain of `depth` valid pets whose innermost one lacks the required `kind`. */
function chain(depth: number): unknown {
  let v: unknown = { children: [] }
  for (let i = 0; i < depth; i += 1) v = { kind: 'cat', children: [v] }
  return v
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, chain(24)))
})
afterAll(async () => {
  await server.close()
})

it('a 24-deep body against a recursive oneOf is judged within the deadline', async () => {
  expect(JSON.stringify(chain(24)).length).toBeLessThan(1024)
  const { call } = clientOf(doc, server.url, { timeoutMs: 100, deadlineMs: 300, maxRetries: 0 })
  const t0 = performance.now()
  const r = await call('GET', '/pets/{id}', { params: { path: { id: 'p1' } } })
  const elapsed = performance.now() - t0
  expect(r.error?.kind).toBe('invalid_body')
  expect(elapsed, `took ${Math.round(elapsed)} ms with deadlineMs 300`).toBeLessThan(1500)
}, 120_000)
