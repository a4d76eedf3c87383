/**
 * Third adversarial review (specs): a Stripe-style OpenAPI 3.0 spec (stripeish.yaml) through the project's
 * own generator (build.ts → test/fixtures/build-generated.ts), called with createApiClient against the
 * loopback server. Some tests showed a bug, each fixed since (they failed before the fix); the others pin vocabulary
 * that works.
 */
import { describe, expect, test } from 'vitest'
import { createApiClient, type ErrorKindMap } from '../../../../src/index.js'
import { json, reply, type SeenRequest, useTestServer } from '../../../helpers/server.js'
import type { paths } from './generated/stripeish.js'
import { table } from './generated/stripeish-operations.js'

const kinds = { 402: 'card_declined', 404: 'not_found', 304: 'not_modified' } as const satisfies ErrorKindMap<paths>
const server = useTestServer(json(200, {}))
const client = () =>
  createApiClient(
    { vendor: 'Stripeish', table, kinds, baseUrl: server.url, auth: { headers: { Authorization: 'Bearer sk_test_1' } } },
    { maxRetries: 0 },
  )
const last = (): SeenRequest => {
  const r = server.requests.at(-1)
  if (r === undefined) throw new Error('no request')
  return r
}

const CUSTOMER = {
  id: 'cus_1',
  object: 'customer',
  created: 1_700_000_000,
  livemode: false,
  address: null,
  default_source: null,
  email: null,
  metadata: { order_id: '6735' },
}

describe('form-urlencoded request bodies with deepObject encodings (every Stripe create/update call)', () => {
  test('metadata (an object, `encoding: { metadata: { style: deepObject, explode: true } }`) is sent as metadata[key]=value', async () => {
    server.script(json(200, CUSTOMER))
    const r = await client().call('POST', '/v1/customers', {
      body: { email: 'a@example.com', metadata: { order_id: '6735', tier: 'gold' } },
    })
    // today: invalid_request "body.metadata must be a string, a finite number or a boolean, got object" (media.ts formBytes → scalar)
    expect(r.error).toBeUndefined()
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(decodeURIComponent(last().body.toString())).toBe('email=a@example.com&metadata[order_id]=6735&metadata[tier]=gold')
  })

  test('a nested address object is sent as address[city]=…&address[country]=…', async () => {
    server.script(json(200, CUSTOMER))
    const r = await client().call('POST', '/v1/customers', { body: { address: { city: 'Berlin', country: 'DE' } } })
    expect(r.error).toBeUndefined()
    expect(decodeURIComponent(last().body.toString())).toBe('address[city]=Berlin&address[country]=DE')
  })

  test('flat scalars and the empty-string "unset" value go out as plain fields', async () => {
    server.script(json(200, CUSTOMER))
    const r = await client().call('POST', '/v1/customers', { body: { name: 'Ada Lovelace', metadata: '' } })
    expect(r.error).toBeUndefined()
    expect(last().body.toString()).toBe('name=Ada+Lovelace&metadata=')
  })

  test('a field the schema does not allow (additionalProperties: false) is refused before sending', async () => {
    // @ts-expect-error not a property of the form body
    const r = await client().call('POST', '/v1/customers', { body: { nmae: 'typo' } })
    expect(r.error).toMatchObject({ kind: 'invalid_request' })
    expect(server.requests).toHaveLength(0)
  })
})

describe('multipart with a deepObject encoding (Stripe POST /v1/files file_link_data)', () => {
  test('file_link_data (encoding style deepObject) goes as file_link_data[create] and file_link_data[expires_at] parts', async () => {
    server.script(json(200, { id: 'file_1', object: 'file', purpose: 'dispute_evidence', size: 3 }))
    const r = await client().call('POST', '/v1/files', {
      body: { file: new Uint8Array([1, 2, 3]), purpose: 'dispute_evidence', file_link_data: { create: true, expires_at: 1_800_000_000 } },
    })
    expect(r.error).toBeUndefined()
    const text = last().body.toString('latin1')
    // today: one part "file_link_data" holding the JSON text {"create":true,...} (media.ts multipart ignores encoding)
    expect(text).toContain('name="file_link_data[create]"\r\n\r\ntrue\r\n')
    expect(text).toContain('name="file_link_data[expires_at]"\r\n\r\n1800000000\r\n')
  })
})

describe('query parameters', () => {
  test('deepObject range filters: created[gte]=…&created[lt]=…', async () => {
    server.script(json(200, { object: 'list', data: [CUSTOMER], has_more: false, url: '/v1/customers' }))
    const r = await client().call('GET', '/v1/customers', { params: { query: { created: { gte: 1, lt: 2 }, limit: 3 } } })
    expect(r.error).toBeUndefined()
    expect(decodeURIComponent(last().url)).toBe('/v1/customers?created[gte]=1&created[lt]=2&limit=3')
  })

  test('form explode:false, pipeDelimited and spaceDelimited arrays', async () => {
    server.script(json(200, { data: [] }))
    const r = await client().call('GET', '/v1/events', {
      params: { query: { types: ['charge.succeeded', 'invoice.paid'], ids: ['evt_1', 'evt_2'], tags: ['a', 'b'] } },
    })
    expect(r.error).toBeUndefined()
    const url = new URL(last().url, 'http://x')
    expect(url.searchParams.get('types')).toBe('charge.succeeded,invoice.paid')
    expect(url.searchParams.get('ids')).toBe('evt_1|evt_2')
    expect(url.searchParams.get('tags')).toBe('a b')
  })
})

describe('responses', () => {
  test('recursive expandable fields (invoice → charge → invoice) and nullable anyOf are data', async () => {
    const invoice = {
      id: 'in_1',
      object: 'invoice',
      status: null,
      charge: { id: 'ch_1', object: 'charge', amount: 100, captured: true, status: 'succeeded', invoice: 'in_1' },
      lines: {
        object: 'list',
        has_more: false,
        data: [
          {
            id: 'il_1',
            amount: 100,
            invoice: { id: 'in_1', object: 'invoice', status: 'paid', lines: { object: 'list', has_more: false, data: [] } },
          },
        ],
      },
    }
    server.script(json(200, invoice))
    const r = await client().call('GET', '/v1/invoices/{invoice}', { params: { path: { invoice: 'in_1' } } })
    expect(r.error).toBeUndefined()
    expect(r.data).toEqual(invoice)
  })

  test('a recursive body with a wrong leaf deep inside is invalid_body', async () => {
    const invoice = {
      id: 'in_1',
      object: 'invoice',
      status: 'open',
      lines: {
        object: 'list',
        has_more: false,
        data: [
          {
            id: 'il_1',
            amount: 100,
            invoice: { id: 'in_1', object: 'invoice', status: 'bogus', lines: { object: 'list', has_more: false, data: [] } },
          },
        ],
      },
    }
    server.script(json(200, invoice))
    const r = await client().call('GET', '/v1/invoices/{invoice}', { params: { path: { invoice: 'in_1' } } })
    expect(r.error).toMatchObject({ kind: 'invalid_body' })
  })

  test('anyOf customer | deleted_customer: both are data', async () => {
    server.script(json(200, { id: 'cus_1', object: 'customer', deleted: true }))
    const r = await client().call('GET', '/v1/customers/{customer}', {
      params: { path: { customer: 'cus_1' }, query: { expand: ['default_source'] } },
    })
    expect(r.data).toEqual({ id: 'cus_1', object: 'customer', deleted: true })
  })

  test("a $ref'd `default` response (components.responses) on a 4xx → http_default with the typed Stripe error", async () => {
    server.script(json(400, { error: { type: 'invalid_request_error', message: 'No such customer', param: 'id' } }))
    const r = await client().call('GET', '/v1/customers')
    expect(r.error).toMatchObject({ kind: 'http_default', status: 400, body: { error: { message: 'No such customer' } } })
  })

  test('402 card declined, form body with an Idempotency-Key header param', async () => {
    server.script(json(402, { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } }))
    const r = await client().call('POST', '/v1/charges/{charge}/capture', {
      params: { path: { charge: 'ch_1' }, header: { 'Idempotency-Key': 'k-1' } },
      body: { amount: 500 },
    })
    expect(r.error).toMatchObject({ kind: 'card_declined', status: 402, body: { error: { decline_code: 'insufficient_funds' } } })
    expect(last().headers['idempotency-key']).toBe('k-1')
    expect(last().body.toString()).toBe('amount=500')
  })

  test('application/pdf → bytes; text/csv; charset=utf-8 key → text', async () => {
    const pdf = Buffer.from('%PDF-1.7\n\x00\xff', 'latin1')
    server.script(reply(200, pdf, { 'content-type': 'application/pdf' }))
    const r = await client().call('GET', '/v1/invoices/{invoice}/pdf', { params: { path: { invoice: 'in_1' } } })
    expect(Buffer.from(r.data as Uint8Array)).toEqual(pdf)
    server.script(reply(200, 'a,b\n1,2\n', { 'content-type': 'text/csv' }))
    const csv = await client().call('GET', '/v1/reporting/report_runs/{report_run}/data.csv', { params: { path: { report_run: 'frr_1' } } })
    expect(csv.data).toBe('a,b\n1,2\n')
  })

  test('oneOf + discriminator (external_account): request checked and sent, response picked by `object`', async () => {
    const card = { id: 'card_1', object: 'card', brand: 'Visa', last4: '4242', customer: null } as const
    server.script(json(200, card))
    const r = await client().call('POST', '/v1/accounts/{account}/external_accounts', {
      params: { path: { account: 'acct_1' } },
      body: card,
    })
    expect(r.data).toEqual(card)
    server.script(json(200, { id: 'ba_1', object: 'bank_account' }))
    const bad = await client().call('POST', '/v1/accounts/{account}/external_accounts', {
      params: { path: { account: 'acct_1' } },
      body: card,
    })
    expect(bad.error).toMatchObject({ kind: 'invalid_body' })
  })
})

describe('operation-level servers', () => {
  test('POST /v1/files declares `servers: [https://files.stripeish.example/]`; with the default base URL the upload goes there', async () => {
    const seen: string[] = []
    const fetch = async (request: Request): Promise<Response> => {
      seen.push(request.url)
      return new Response(JSON.stringify({ id: 'file_1', object: 'file', purpose: 'dispute_evidence', size: 3 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    }
    const stripe = createApiClient(
      { vendor: 'Stripeish', table, kinds, auth: { headers: { Authorization: 'Bearer sk_test_1' } } },
      { fetch },
    )
    const r = await stripe.call('POST', '/v1/files', { body: { file: new Uint8Array([1, 2, 3]), purpose: 'dispute_evidence' } })
    expect(r.error).toBeUndefined()
    // today: https://api.stripeish.example/v1/files: the runtime table keeps only the top-level servers
    expect(seen).toEqual(['https://files.stripeish.example/v1/files'])
  })
})
