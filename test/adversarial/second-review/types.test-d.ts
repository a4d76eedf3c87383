/**
 * Found by a second adversarial review, and fixed: type-level holes in src/core/types.ts and create-client.ts, against test/adversarial/second-review/fixtures/r2.yaml.
 * Each expectation is what the runtime does (types-runtime.test.ts); each failed to type-check before the fix.
 * Not fixed: an explicit type argument for call's defaulted `Op` parameter is taken as given (see TypedCall in src/core/types.ts).
 */
import { describe, expectTypeOf, test } from 'vitest'
import { createApiClient } from '../../../src/index.js'
import { table as acmeTable } from '../../fixtures/vendors/generated/acme-operations.js'
import type { components } from './fixtures/generated/r2.js'
import { table } from './fixtures/generated/r2-operations.js'

type Thing = components['schemas']['Thing']
const client = createApiClient({ vendor: 'R2', table, kinds: {}, baseUrl: 'https://api.r2.example' })

describe('HEAD', () => {
  test("a method of type 'GET' | 'HEAD' must admit data undefined (HEAD never reads a body)", async () => {
    const method = 'HEAD' as 'GET' | 'HEAD'
    const r = await client.call(method, '/things/{id}', { params: { path: { id: 't1' } } })
    // types.ts: `Lowercase<M> extends 'head'` is not distributive, so a union method is typed as not-HEAD
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<Thing | undefined>()
  })
})

describe('media types', () => {
  test('a response under Application/JSON is parsed as JSON at run time, so data must be Thing', async () => {
    const r = await client.call('GET', '/shout')
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<Thing>()
  })

  test('a request declaring JSON and text/plain takes a string (sent as text/plain) or a Thing (sent as JSON), and nothing else', () => {
    void client.call('POST', '/notes', { body: 'hello' })
    void client.call('POST', '/notes', { body: { id: 'n1' } })
    // @ts-expect-error a number is neither media type's body
    void client.call('POST', '/notes', { body: 1 })
  })
})

describe('kind maps given inline to createApiClient (no `satisfies`)', () => {
  test('a kind for a status the spec dropped (418) must not compile, as it does not with `satisfies ErrorKindMap<paths>`', () => {
    // a missing status is caught (the constraint); an extra one is not: Kinds is inferred, so there is no excess-property check
    createApiClient({
      vendor: 'Acme',
      table: acmeTable,
      // @ts-expect-error 418 is not an exact error status of the Acme spec
      kinds: { 404: 'not_found', 409: 'conflict', 418: 'teapot' },
      baseUrl: 'https://api.acme.example',
    })
  })
})

describe('readOnly / writeOnly', () => {
  test('a required writeOnly property may be absent from a response (schema.ts), so data does not promise it', async () => {
    const r = await client.call('GET', '/accounts/{id}', { params: { path: { id: 'a1' } } })
    // run time: { id: 'a1' } passes the check (types-runtime.test.ts); types once said password: string.
    // A writeOnly property is left out of response data (openapi-typescript's read/write markers).
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<{ id: string }>()
  })
})
