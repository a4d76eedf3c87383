/**
 * Third adversarial review (specs): call typing over this review's fixture specs.
 * Some tests did not type-check before their fix; the others pin typing that works.
 */
import { describe, expectTypeOf, test } from 'vitest'
import { createApiClient, type ReadView } from '../../../../src/index.js'
import type { components as E } from './generated/edgeish.js'
import { table as edgeTable } from './generated/edgeish-operations.js'
import type { components as P } from './generated/paddleish.js'
import { table as paddleTable } from './generated/paddleish-operations.js'
import { table as stripeTable } from './generated/stripeish-operations.js'

const edge = createApiClient({ vendor: 'Edgeish', table: edgeTable, kinds: {} })
const paddle = createApiClient({ vendor: 'Paddleish', table: paddleTable, kinds: { 404: 'not_found', 409: 'conflict', 422: 'validation' } })
const stripe = createApiClient({
  vendor: 'Stripeish',
  table: stripeTable,
  kinds: { 402: 'card_declined', 404: 'not_found', 304: 'not_modified' },
})

describe('readOnly in requests', () => {
  test('a request body may leave out a required readOnly property (the runtime accepts it, the server sets it)', () => {
    // today TS2739: Type '{ email: string; }' is missing the following properties: id, created_at
    void edge.call('POST', '/v2/customers', { body: { email: 'a@example.com' } })
  })

  test('the response still has the readOnly properties', async () => {
    const r = await edge.call('POST', '/v2/customers', { body: { email: 'a@example.com' } as never })
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<ReadView<E['schemas']['Customer']>>()
  })
})

describe('responses', () => {
  test('a 200 with `content: {}` is data: undefined', async () => {
    const r = await edge.call('POST', '/v2/mandates/{mandate_id}/actions/cancel', { params: { path: { mandate_id: 'MD1' } } })
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<undefined>()
  })

  test("a $ref'd path item (components.pathItems) is callable and typed", async () => {
    const r = await paddle.call('GET', '/subscriptions/{subscription_id}', { params: { path: { subscription_id: 's' } } })
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<{ data: ReadView<P['schemas']['Subscription']> }>()
    else if (r.error.kind === 'not_found') expectTypeOf(r.error.body).toEqualTypeOf<ReadView<P['schemas']['Problem']>>()
    // @ts-expect-error the path parameter is required
    void paddle.call('GET', '/subscriptions/{subscription_id}', {})
  })

  test('vnd.api+json or PDF: data is the JSON object or bytes; default → http_default', async () => {
    const r = await paddle.call('GET', '/transactions/{transaction_id}/invoice', { params: { path: { transaction_id: 't' } } })
    if (!r.error) expectTypeOf(r.data).toEqualTypeOf<{ data: { url: string } } | Uint8Array>()
    else if (r.error.kind === 'http_default') expectTypeOf(r.error.body).toEqualTypeOf<P['schemas']['Problem'] | undefined>() // default may cover a 204
  })

  test('HEAD and OPTIONS 204: data undefined', async () => {
    const h = await paddle.call('HEAD', '/transactions/{transaction_id}/invoice', { params: { path: { transaction_id: 't' } } })
    if (!h.error) expectTypeOf(h.data).toEqualTypeOf<undefined>()
    const o = await paddle.call('OPTIONS', '/customers/{customer_id}/addresses/', { params: { path: { customer_id: 'c' } } })
    if (!o.error) expectTypeOf(o.data).toEqualTypeOf<undefined>()
  })
})

describe('parameters and bodies', () => {
  test('a required header with a default is optional; a wrong enum value in a form-explode array is refused', () => {
    void paddle.call('GET', '/subscriptions', { params: { query: { status: ['active'] } } })
    // @ts-expect-error not a SubscriptionStatus
    void paddle.call('GET', '/subscriptions', { params: { query: { status: ['gone'] } } })
  })

  test('a Stripe form body takes its metadata object (and the runtime should send it as metadata[k]=v)', () => {
    void stripe.call('POST', '/v1/customers', { body: { metadata: { order_id: '6735' } } })
  })

  test('multipart: the file part is bytes, not a string', () => {
    void stripe.call('POST', '/v1/files', { body: { file: new Uint8Array([1]), purpose: 'dispute_evidence' } })
    // @ts-expect-error a string would go as a text field
    void stripe.call('POST', '/v1/files', { body: { file: 'abc', purpose: 'dispute_evidence' } })
  })
})

describe('allOf with the required list merged in a second `type: object` part (openapi-typescript: Base & Record<string, never>)', () => {
  test("a request body with the base's properties compiles", () => {
    // today TS2322: Type 'string' is not assignable to type 'never' (components['schemas']['User'] = UserBase & Record<string, never>)
    void edge.call('POST', '/v2/users', { body: { email: 'a@example.com', password: 'hunter2' } })
  })

  test('data.email is a string (today: undefined, from string & never)', async () => {
    const r = await edge.call('POST', '/v2/users', { body: {} as never })
    if (!r.error) expectTypeOf(r.data.email).toEqualTypeOf<string>()
  })
})
