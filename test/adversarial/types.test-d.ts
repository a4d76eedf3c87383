/**
 * Found by an adversarial review, and fixed (each case failed before the fix): type-level holes found against the review fixture
 * (test/adversarial/fixtures/review.yaml), through the public factory.
 */
import { describe, expectTypeOf, test } from 'vitest'
import { createApiClient, type ErrorKindMap } from '../../src/index.js'
import type { paths as AcmePaths } from '../fixtures/vendors/generated/acme.js'
import { createAcmeClient } from '../vendors/acme-client.js'
import type { components } from './fixtures/generated/review.js'
import { table } from './fixtures/generated/review-operations.js'

type Schemas = components['schemas']
const client = createApiClient({ vendor: 'Review', table, kinds: { 404: 'not_found' }, baseUrl: 'https://api.review.example' })

describe('types agree with what the runtime returns', () => {
  test('HEAD: a declared error body is never read at run time, so error.body must be undefined', async () => {
    const r = await client.call('HEAD', '/things/{id}', { params: { path: { id: 't1' } } })
    type E = Extract<NonNullable<typeof r.error>, { kind: 'not_found' }>
    // run time: classify() skips every HEAD body (hasNoContent), so body is undefined
    expectTypeOf<E['body']>().toEqualTypeOf<undefined>()
  })

  test('a 2XX with a JSON body: a 204 it covers gives data undefined at run time, so data must admit undefined', async () => {
    const r = await client.call('PUT', '/things/{id}', { params: { path: { id: 't1' } }, body: { id: 't1' } })
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<Schemas['Thing'] | undefined>()
  })

  test('a lowercase 4xx range: the runtime returns kind http_4XX, so the union must have it', async () => {
    const r = await client.call('GET', '/lower')
    type K = NonNullable<typeof r.error>['kind']
    expectTypeOf<'http_4XX'>().toExtend<K>()
  })

  test('multipart: a format: binary field takes a Blob or bytes, not a string', () => {
    const file = new Blob(['a,b\n'], { type: 'text/csv' })
    void client.call('POST', '/upload', { body: { file, note: 'x' } })
    void client.call('POST', '/upload', { body: { file: new Uint8Array([1]), note: 'x' } })
    // @ts-expect-error a string would go as a text field, not a file part
    void client.call('POST', '/upload', { body: { file: 'a,b', note: 'x' } })
  })
})

describe('calls that compile but should not', () => {
  test('idempotencyKey on a GET: create-client.ts never reads it for GET/HEAD/OPTIONS/TRACE, not even to check it', () => {
    const acme = createAcmeClient({ apiKey: 'k' })
    // @ts-expect-error a GET takes no idempotency key; at run time 'not a valid key' is silently dropped
    void acme.call('GET', '/customers/{customerId}', { params: { path: { customerId: 'c' } }, idempotencyKey: 'not a valid key' })
  })
})

describe('request defaults', () => {
  test('a required header parameter with a default, which the runtime sends itself (table.ts headers), is optional for the caller', () => {
    // run time: request.ts sets X-Api-Version: 2 from the table when the call gives none
    void client.call('GET', '/versioned')
  })
})

describe('kind names', () => {
  test("the factory refuses a kind map that reuses a common kind: a server 404 named 'invalid_request' would claim nothing was sent", () => {
    const kinds = { 404: 'not_found', 409: 'conflict' } as const satisfies ErrorKindMap<AcmePaths>
    expectTypeOf(kinds[404]).toEqualTypeOf<'not_found'>()
    // @ts-expect-error 'invalid_request' is the client's own kind (attempts 0, nothing sent)
    createApiClient({ vendor: 'Review', table, kinds: { 404: 'invalid_request' }, baseUrl: 'https://api.review.example' })
    // @ts-expect-error 'http_4XX' is the kind the client derives for a 4XX range
    createApiClient({ vendor: 'Review', table, kinds: { 404: 'http_4XX' }, baseUrl: 'https://api.review.example' })
  })
})
