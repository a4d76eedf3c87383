/**
 * The OpenAPI response, media-type and schema vocabulary, 3.0 and 3.1, each
 * item against a loopback server through a client made by the public factory
 * (test/vendors/acme-client.ts, over test/fixtures/vendors/acme.yaml; the 3.0
 * items over legacy.yaml). No item needs code of its own: the generated
 * table and types carry it.
 */
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { table as legacyTable } from '../fixtures/vendors/generated/legacy-operations.js'
import { json, reply, type SeenRequest, useTestServer } from '../helpers/server.js'
import { createAcmeClient } from './acme-client.js'

const CUSTOMER = { id: 'cus_1', kind: 'customer', name: 'Ada', status: 'active', created_at: '2026-01-01T00:00:00Z' }
const PROBLEM = { type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'email is taken' }
const problem = (status: number, body: object = { ...PROBLEM, status }) =>
  reply(status, JSON.stringify(body), { 'content-type': 'application/problem+json' })

const server = useTestServer(json(200, CUSTOMER))

const instant = async (): Promise<void> => undefined
const acme = () => createAcmeClient({ apiKey: 'acme_key_1', baseUrl: server.url, sleep: instant, random: () => 0 })
const getCustomer = () => acme().call('GET', '/customers/{customerId}', { params: { path: { customerId: 'cus_1' } } })
const last = (): SeenRequest => {
  const r = server.requests.at(-1)
  if (r === undefined) throw new Error('no request')
  return r
}

describe('responses: the exact status, then its range, then default', () => {
  it('an exact error status → its hand-named kind, body typed, not retried', async () => {
    server.script(json(404, { message: 'no such customer' }))
    const r = await getCustomer()
    expect(r).toMatchObject({ error: { kind: 'not_found', status: 404, body: { message: 'no such customer' } }, attempts: 1 })
  })

  it('a 4XX range → http_4XX with its body parsed and checked, not retried', async () => {
    server.script(problem(422))
    const r = await getCustomer()
    expect(r).toMatchObject({ error: { kind: 'http_4XX', status: 422, body: PROBLEM, message: 'email is taken' }, attempts: 1 })
  })

  it('a 4XX range still retries 429 and honours Retry-After', async () => {
    server.script(problem(429, { title: 'slow down', status: 429 }))
    server.handle(() =>
      reply(429, JSON.stringify({ title: 'slow down', status: 429 }), { 'content-type': 'application/problem+json', 'retry-after': '0' }),
    )
    const r = await getCustomer()
    expect(r).toMatchObject({ error: { kind: 'http_4XX', status: 429, body: { title: 'slow down' } }, attempts: 3 })
  })

  it('a 5XX range → retried, then http_5XX with its body', async () => {
    server.script(json(503, { message: 'maintenance' }))
    const r = await getCustomer()
    expect(r).toMatchObject({ error: { kind: 'http_5XX', status: 503, body: { message: 'maintenance' } }, attempts: 3 })
  })

  it('default → a 500 it covers is retried, then http_default with its body; an exact 409 beside it is not retried', async () => {
    server.script(json(500, { message: 'boom', code: null }))
    const deleted = await acme().call('DELETE', '/customers/{customerId}', { params: { path: { customerId: 'cus_1' } } })
    expect(deleted).toMatchObject({ error: { kind: 'http_default', status: 500, body: { message: 'boom', code: null } }, attempts: 3 })
    server.script(json(409, { message: 'exists' }))
    const created = await acme().call('POST', '/customers', { body: { email: 'a@example.com' } })
    expect(created).toMatchObject({ error: { kind: 'conflict', status: 409 }, attempts: 1 })
  })

  it('an operation that declares only default: its 2xx is data, its 503 is retried then http_default', async () => {
    server.script(json(200, { ok: true }))
    expect(await acme().call('GET', '/health')).toMatchObject({ data: { ok: true }, attempts: 1 })
    server.script(json(503, { ok: false }))
    expect(await acme().call('GET', '/health')).toMatchObject({
      error: { kind: 'http_default', status: 503, body: { ok: false } },
      attempts: 3,
    })
  })

  it('a 2XX range → data, whichever 2xx it is', async () => {
    for (const status of [200, 201, 202]) {
      server.script(json(status, { id: 'pay_1', state: 'pending' }))
      const r = await acme().call('POST', '/payments', { body: { method: 'card', amount: 100, card_token: 'tok' } })
      expect(r).toMatchObject({ data: { id: 'pay_1', state: 'pending' } })
    }
  })

  it('a 2xx not declared beside a declared one is unexpected_status (default would not cover it either)', async () => {
    server.script(json(201, CUSTOMER))
    expect((await getCustomer()).error).toMatchObject({ kind: 'unexpected_status', status: 201 })
  })

  it('a range’s body that is not of its schema → invalid_body', async () => {
    server.script(problem(400, { title: 'no status field' }))
    expect((await getCustomer()).error).toMatchObject({
      kind: 'invalid_body',
      status: 400,
      reason: 'body is missing required field "status"',
    })
  })
})

describe('no content', () => {
  it('204 → data undefined, whatever the server sends', async () => {
    server.script(reply(204))
    const r = await acme().call('DELETE', '/customers/{customerId}', { params: { path: { customerId: 'cus_1' } } })
    expect(r).toEqual({ data: undefined, response: expect.any(Response), attempts: 1 })
    expect('data' in r).toBe(true)
  })

  it('HEAD → data undefined, and the request carries no body', async () => {
    server.script(reply(200, '', { 'x-customer-status': 'active', 'content-length': '120' }))
    const r = await acme().call('HEAD', '/customers/{customerId}', { params: { path: { customerId: 'cus_1' } } })
    expect(r).toMatchObject({ data: undefined, attempts: 1 })
    expect(r.response?.headers.get('x-customer-status')).toBe('active')
    expect(last()).toMatchObject({ method: 'HEAD', body: Buffer.alloc(0) })
  })
})

describe('response media types are checked against the declared ones', () => {
  const report = () => acme().call('GET', '/reports/{reportId}', { params: { path: { reportId: 'r1' } } })

  it('text/csv declared, text/csv (with a charset) received → data is the text', async () => {
    server.script(reply(200, 'id,total\n1,100\n', { 'content-type': 'text/csv; charset=utf-8' }))
    expect(await report()).toMatchObject({ data: 'id,total\n1,100\n' })
  })

  it('text/csv declared, an HTML login page received → invalid_body, not data', async () => {
    server.script(reply(200, '<html><form>Log in</form></html>', { 'content-type': 'text/html' }))
    expect((await report()).error).toMatchObject({ kind: 'invalid_body', status: 200, reason: 'expected text/csv, got text/html' })
  })

  it('JSON declared, text/plain received → invalid_body', async () => {
    server.script(reply(200, JSON.stringify(CUSTOMER), { 'content-type': 'text/plain' }))
    expect((await getCustomer()).error).toMatchObject({ kind: 'invalid_body', reason: 'expected application/json, got text/plain' })
  })

  it('JSON declared, application/json with parameters or no Content-Type at all → parsed', async () => {
    server.script(reply(200, JSON.stringify(CUSTOMER), { 'content-type': 'application/json; charset=utf-8' }))
    expect((await getCustomer()).data).toEqual(CUSTOMER)
    server.script(reply(200, JSON.stringify(CUSTOMER)))
    expect((await getCustomer()).data).toEqual(CUSTOMER)
  })

  it('+json: application/problem+json declared for 4XX is parsed; a +json type where plain JSON is declared is too', async () => {
    server.script(reply(200, JSON.stringify(CUSTOMER), { 'content-type': 'application/vnd.acme+json' }))
    expect((await getCustomer()).data).toEqual(CUSTOMER)
  })

  it('binary declared → data is the exact bytes', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255])
    server.script(reply(200, bytes, { 'content-type': 'application/octet-stream' }))
    const r = await acme().call('GET', '/files/{fileId}', { params: { path: { fileId: 'f1' } } })
    expect(r.data).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(r.data as Uint8Array)).toEqual(bytes)
  })
})

describe('requests go out with their declared media type', () => {
  it('application/merge-patch+json', async () => {
    await acme().call('PATCH', '/customers/{customerId}', { params: { path: { customerId: 'cus_1' } }, body: { name: null } })
    expect(last().headers['content-type']).toBe('application/merge-patch+json')
    expect(last().body.toString()).toBe('{"name":null}')
  })

  it('application/x-www-form-urlencoded, arrays as repeated fields', async () => {
    server.script(json(200, { access_token: 't', expires_in: 60 }))
    const r = await acme().call('POST', '/oauth/token', { body: { grant_type: 'client_credentials', client_id: 'c 1', scope: ['a', 'b'] } })
    expect(r.data).toEqual({ access_token: 't', expires_in: 60 })
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(last().body.toString()).toBe('grant_type=client_credentials&client_id=c+1&scope=a&scope=b')
  })

  it('multipart/form-data, with its boundary, a file part and a field', async () => {
    server.script(json(201, { id: 'file_1', size: 5 }))
    const file = new Blob([new Uint8Array([104, 101, 108, 108, 111])], { type: 'application/octet-stream' })
    const r = await acme().call('POST', '/files', { body: { file, purpose: 'invoice' } })
    expect(r.data).toEqual({ id: 'file_1', size: 5 })
    const type = String(last().headers['content-type'])
    expect(type).toMatch(/^multipart\/form-data; boundary=/)
    const text = last().body.toString()
    expect(text).toContain('name="file"')
    expect(text).toContain('hello')
    expect(text).toContain('name="purpose"\r\n\r\ninvoice')
    expect(last().headers['content-length']).toBe(String(last().body.length))
  })

  it('text/plain', async () => {
    server.script(reply(204))
    await acme().call('PUT', '/notes/{noteId}', { params: { path: { noteId: 'n1' } }, body: 'Remember: cancel on the 3rd' })
    expect(last()).toMatchObject({ headers: { 'content-type': 'text/plain' } })
    expect(last().body.toString()).toBe('Remember: cancel on the 3rd')
  })

  it('JSON, and every attempt of a call carries one idempotency key', async () => {
    server.script(json(503, { message: 'busy' }), json(201, CUSTOMER))
    const r = await acme().call('POST', '/customers', { body: { email: 'a@example.com', name: null } })
    expect(r.data).toEqual(CUSTOMER)
    const [first, second] = server.requests
    expect(first?.headers['content-type']).toBe('application/json')
    expect(first?.headers['idempotency-key']).toBeTruthy()
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key'])
    expect(first?.headers['x-api-key']).toBe('acme_key_1')
  })

  it('query arrays: form/explode by default, a comma list where explode is false', async () => {
    server.script(json(200, { data: [CUSTOMER], next: null }))
    const r = await acme().call('GET', '/customers', { params: { query: { status: ['active', 'paused'], ids: ['a', 'b/c'], limit: 5 } } })
    expect(r.data).toEqual({ data: [CUSTOMER], next: null })
    expect(last().url).toBe('/customers?status=active&status=paused&ids=a,b%2Fc&limit=5')
  })

  it('a oneOf body: either alternative is sent, neither is invalid_request with nothing sent', async () => {
    server.script(json(202, { id: 'p', state: 'pending' }))
    expect((await acme().call('POST', '/payments', { body: { method: 'bank', amount: 5, iban: 'DE00' } })).data).toBeDefined()
    const before = server.requests.length
    // @ts-expect-error no alternative has card_token with method bank and no iban
    const r = await acme().call('POST', '/payments', { body: { method: 'bank', amount: 5, card_token: 't' } })
    // The discriminator picks BankPayment, so the problem names what it lacks.
    expect(r).toMatchObject({ error: { kind: 'invalid_request', message: 'body is missing required field "iban"' }, attempts: 0 })
    expect(server.requests.length).toBe(before)
  })
})

describe('schemas: OpenAPI 3.1', () => {
  const with_ = (patch: object) => json(200, { ...CUSTOMER, ...patch })
  it('type arrays and null: a null name is valid, a numeric one is not', async () => {
    server.script(with_({ name: null }))
    expect((await getCustomer()).data).toMatchObject({ name: null })
    server.script(with_({ name: 5 }))
    expect((await getCustomer()).error).toMatchObject({ kind: 'invalid_body', reason: 'body.name is integer, expected string or null' })
  })

  it('const', async () => {
    server.script(with_({ kind: 'vendor' }))
    expect((await getCustomer()).error).toMatchObject({ kind: 'invalid_body', reason: 'body.kind is "vendor", expected "customer"' })
  })

  it('$ref with siblings: the referenced schema still applies', async () => {
    server.script(with_({ address: { line1: 'x' } }))
    expect((await getCustomer()).error).toMatchObject({ kind: 'invalid_body', reason: 'body.address is missing required field "country"' })
    server.script(with_({ address: { country: 'FR' } }))
    expect((await getCustomer()).data).toMatchObject({ address: { country: 'FR' } })
  })

  it('additionalProperties: false refuses an unknown field; a schema checks every extra value', async () => {
    server.script(with_({ nickname: 'x' }))
    expect((await getCustomer()).error).toMatchObject({
      kind: 'invalid_body',
      reason: 'body has a property the spec does not allow: "nickname"',
    })
    server.script(with_({ metadata: { team: 'billing', seats: 4 } }))
    expect((await getCustomer()).error).toMatchObject({ kind: 'invalid_body', reason: 'body.metadata.seats is integer, expected string' })
    server.script(with_({ metadata: { team: 'billing' } }))
    expect((await getCustomer()).data).toMatchObject({ metadata: { team: 'billing' } })
  })

  it('request fields with a default may be left out', async () => {
    server.script(json(201, CUSTOMER))
    expect((await acme().call('POST', '/customers', { body: { email: 'a@example.com' } })).data).toEqual(CUSTOMER)
    expect(last().body.toString()).toBe('{"email":"a@example.com"}')
  })
})

describe('schemas: OpenAPI 3.0 nullable', () => {
  const legacy = () =>
    createApiClient(
      { vendor: 'Legacy', table: legacyTable, kinds: { 404: 'not_found' }, baseUrl: server.url, auth: { headers: {} } },
      { maxRetries: 0 },
    )
  const getAccount = () => legacy().call('GET', '/accounts/{accountId}', { params: { path: { accountId: 7 } } })
  const ACCOUNT = { id: 7, nickname: 'main', tier: 'pro', closed_at: '2025-01-01T00:00:00Z', tags: ['a'] }

  it('nullable: true admits null, on a plain field, an allOf, an array', async () => {
    server.script(json(200, { ...ACCOUNT, nickname: null, tier: null, closed_at: null, tags: null }))
    expect((await getAccount()).data).toMatchObject({ nickname: null, tier: null, tags: null })
  })

  it('without nullable, null is still refused, and the allOf enum still applies', async () => {
    server.script(json(200, { ...ACCOUNT, id: null }))
    expect((await getAccount()).error).toMatchObject({ kind: 'invalid_body', reason: 'body.id is null, expected integer' })
    server.script(json(200, { ...ACCOUNT, tier: 'gold' }))
    expect((await getAccount()).error).toMatchObject({ kind: 'invalid_body', reason: expect.stringContaining('body.tier is "gold"') })
  })
})
