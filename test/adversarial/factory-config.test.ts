/**
 * Found by an adversarial review, and fixed (each case failed before the fix): issue 9 asks "check what can be checked at creation, at creation",
 * and README says createApiClient "throws a TypeError at creation for bad
 * options or config". Its config is only partly checked (create-client.ts
 * checks baseUrl and header-auth values): a bad idempotency header name, a
 * signer that is not a function, signedHeaders that is not a list, or a kind
 * name that is not a string are all accepted, and then fail on every call
 * (invalid_request / hook_failed) or produce kinds the types never name.
 */
import { describe, expect, it } from 'vitest'
import { table } from '../../generated/funnelfox-operations.js'
import { createApiClient } from '../../src/index.js'

const base = {
  vendor: 'Review',
  table,
  kinds: { 400: 'bad_request', 401: 'unauthorized', 404: 'not_found' },
  baseUrl: 'https://api.review.example',
}
const make = (config: Record<string, unknown>) => () => createApiClient({ ...base, ...config } as never)

describe('createApiClient config checked at creation', () => {
  it('an idempotency header that is not a header name', () => {
    expect(make({ idempotency: { header: 'Idempotency Key' } })).toThrow(TypeError)
  })
  it('an idempotency factory that is not a function', () => {
    expect(make({ idempotency: { header: 'Idempotency-Key', make: 'uuid' } })).toThrow(TypeError)
  })
  it('a signer that is not a function', () => {
    expect(make({ auth: { sign: 'hmac', signedHeaders: ['X-Sig'] } })).toThrow(TypeError)
  })
  it('signedHeaders that is not a list of header names', () => {
    expect(make({ auth: { sign: () => ({}), signedHeaders: 'X-Sig' } })).toThrow(TypeError)
  })
  it.each(['Host', 'transfer-encoding', 'Connection', 'Expect'])('a credential header fetch sets itself or will not send: %s', (name) => {
    expect(make({ auth: { headers: { [name]: 'k1' } } })).toThrow(/not a header a credential can travel in/)
    expect(make({ auth: { sign: () => ({}), signedHeaders: [name] } })).toThrow(TypeError)
  })
  it('a kind name that is not a string', () => {
    expect(make({ kinds: { 400: 400, 401: 'unauthorized', 404: 'not_found' } })).toThrow(TypeError)
  })
})
