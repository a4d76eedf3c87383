/**
 * The types the vocabulary gives a client made by the public factory, with
 * no code written for any item: exact statuses keep their hand-named kinds,
 * ranges and default get derived ones, no-content and HEAD give undefined,
 * text is a string and binary is bytes, and request fields with a default
 * are optional.
 */
import { describe, expectTypeOf, test } from 'vitest'
import type { DeclaredError, ErrorKindMap, HookFailedError, ReadView } from '../../src/index.js'
import type { components, paths } from '../fixtures/vendors/generated/acme.js'
import { ACME_ERROR_KINDS, createAcmeClient } from './acme-client.js'

type Schemas = components['schemas']
const acme = createAcmeClient({ apiKey: 'k' })
const get = () => acme.call('GET', '/customers/{customerId}', { params: { path: { customerId: 'c' } } })
type GetError = NonNullable<Awaited<ReturnType<typeof get>>['error']>

describe('responses', () => {
  test('the kind map names exactly the exact error statuses, 404 and 409', () => {
    expectTypeOf<keyof ErrorKindMap<paths>>().toEqualTypeOf<404 | 409>()
    // @ts-expect-error 409 is declared and must be named
    ;({ 404: 'not_found' }) satisfies ErrorKindMap<paths>
  })

  test('GET /customers/{customerId}: exact 404, 4XX and 5XX, each its own variant', () => {
    expectTypeOf<Extract<GetError, { kind: 'not_found' }>>().toEqualTypeOf<DeclaredError<'not_found', 404, Schemas['Error']>>()
    expectTypeOf<Extract<GetError, { kind: 'http_4XX' }>>().toEqualTypeOf<DeclaredError<'http_4XX', number, Schemas['Problem']>>()
    expectTypeOf<Extract<GetError, { kind: 'http_5XX' }>>().toEqualTypeOf<DeclaredError<'http_5XX', number, Schemas['Error']>>()
    expectTypeOf<Extract<GetError, { kind: 'http_default' }>>().toEqualTypeOf<never>()
  })

  test('an exhaustive switch covers exactly the derived and the common kinds', async () => {
    const r = await get()
    if (r.error) {
      switch (r.error.kind) {
        case 'not_found':
        case 'http_4XX':
        case 'http_5XX':
        case 'unexpected_status':
        case 'invalid_body':
        case 'network':
        case 'timeout':
        case 'aborted':
        case 'invalid_request':
          break
        case 'hook_failed':
          expectTypeOf(r.error).toEqualTypeOf<HookFailedError>()
          break
        default: {
          const _exhaustive: never = r.error
          return _exhaustive
        }
      }
    } else expectTypeOf(r.data).toEqualTypeOf<ReadView<Schemas['Customer']>>()
  })

  test('default is an error variant (its body may be absent: default covers no-content statuses too); and data where no 2xx is declared', async () => {
    const del = await acme.call('DELETE', '/customers/{customerId}', { params: { path: { customerId: 'c' } } })
    expectTypeOf<Extract<NonNullable<typeof del.error>, { kind: 'http_default' }>>().toEqualTypeOf<
      DeclaredError<'http_default', number, Schemas['Error'] | undefined>
    >()
    const health = await acme.call('GET', '/health')
    expectTypeOf(health.data).toEqualTypeOf<Schemas['Health'] | undefined>()
    expectTypeOf<NonNullable<typeof health.error>['kind']>().toEqualTypeOf<
      'http_default' | 'unexpected_status' | 'invalid_body' | 'network' | 'timeout' | 'aborted' | 'invalid_request' | 'hook_failed'
    >()
  })

  test('a 2XX range is data', async () => {
    const r = await acme.call('POST', '/payments', { body: { method: 'card', amount: 1, card_token: 't' } })
    expectTypeOf(r.data).toEqualTypeOf<Schemas['Payment'] | undefined>()
  })
})

describe('no content and media types', () => {
  test('204 and HEAD give undefined', async () => {
    const del = await acme.call('DELETE', '/customers/{customerId}', { params: { path: { customerId: 'c' } } })
    if (!del.error) expectTypeOf(del.data).toEqualTypeOf<undefined>()
    const head = await acme.call('HEAD', '/customers/{customerId}', { params: { path: { customerId: 'c' } } })
    if (!head.error) expectTypeOf(head.data).toEqualTypeOf<undefined>()
  })

  test('text/csv is a string, application/octet-stream is bytes, problem+json is its schema', async () => {
    const csv = await acme.call('GET', '/reports/{reportId}', { params: { path: { reportId: 'r' } } })
    if (!csv.error) expectTypeOf(csv.data).toEqualTypeOf<string>()
    const file = await acme.call('GET', '/files/{fileId}', { params: { path: { fileId: 'f' } } })
    if (!file.error) expectTypeOf(file.data).toEqualTypeOf<Uint8Array>()
  })
})

describe('requests', () => {
  test('fields with a default are optional; required ones are not; excess properties are refused', async () => {
    await acme.call('POST', '/customers', { body: { email: 'a@example.com' } })
    // @ts-expect-error email is required
    await acme.call('POST', '/customers', { body: { name: 'x' } })
    // @ts-expect-error no such field
    await acme.call('POST', '/customers', { body: { email: 'a@example.com', nickname: 'x' } })
  })

  test('params: path required and typed, query arrays, no smuggled options', async () => {
    await acme.call('GET', '/customers', { params: { query: { status: ['active'], ids: ['a'] } } })
    // @ts-expect-error 'gone' is not a Status
    await acme.call('GET', '/customers', { params: { query: { status: ['gone'] } } })
    // @ts-expect-error the path parameter is required
    await acme.call('GET', '/customers/{customerId}', { params: { path: {} } })
    // @ts-expect-error baseUrl is not a call option
    await acme.call('GET', '/customers/{customerId}', { params: { path: { customerId: 'c' } }, baseUrl: 'https://elsewhere.example' })
    // @ts-expect-error the client sets X-Api-Key
    await acme.call('GET', '/customers', { params: { header: { 'X-Api-Key': 'other' } } })
    await acme.call('POST', '/customers', { body: { email: 'e' }, idempotencyKey: 'order-1' })
  })

  test('the kind map export is what the factory was given', () => {
    expectTypeOf(ACME_ERROR_KINDS).toEqualTypeOf<{ readonly 404: 'not_found'; readonly 409: 'conflict' }>()
  })
})
