/**
 * Review 2: type-level holes in src/core/types.ts and create-client.ts, against test/review2/fixtures/r2.yaml.
 * Each expectation is what the runtime does; each fails to type-check today.
 */
import { describe, expectTypeOf, test } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { table as acmeTable } from '../fixtures/vendors/generated/acme-operations.js'
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

  test('a request declaring JSON and text/plain: the runtime sends JSON only, so a string body must not compile', () => {
    // @ts-expect-error request.ts serialises every body as the JSON media type; a string fails its object schema
    void client.call('POST', '/notes', { body: 'hello' })
  })
})

describe('explicit type arguments', () => {
  test('the defaulted Op parameter can be given: a required body and the result type are then whatever the caller says', async () => {
    // @ts-expect-error Op must not be settable: here it drops the required body and types data as { hacked: true }
    const r = await client.call<'POST', '/notes', { responses: { 200: { content: { 'application/json': { hacked: true } } } } }>(
      'POST',
      '/notes',
    )
    void r
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
  test('a required writeOnly property may be absent from a response (schema.ts), so data.password must admit undefined', async () => {
    const r = await client.call('GET', '/accounts/{id}', { params: { path: { id: 'a1' } } })
    // run time: { id: 'a1' } passes the check (types-runtime.test.ts); types: password: string
    if (!r.error) expectTypeOf(r.data.password).toEqualTypeOf<string | undefined>()
  })
})
