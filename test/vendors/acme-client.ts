/**
 * The worked example of a third vendor (README, "Adding a vendor"): with its
 * spec in the pipeline, a client is these lines over the public factory.
 */
import { type ClientOptions, createApiClient, type ErrorKindMap } from '../../src/index.js'
import type { paths } from '../fixtures/vendors/generated/acme.js'
import { table } from '../fixtures/vendors/generated/acme-operations.js'

/** The exact error statuses the spec declares, named; the compiler checks the list. */
export const ACME_ERROR_KINDS = { 404: 'not_found', 409: 'conflict' } as const satisfies ErrorKindMap<paths>

export function createAcmeClient({ apiKey, ...options }: ClientOptions & { apiKey: string }) {
  const auth = { headers: { 'X-Api-Key': apiKey } }
  const config = { vendor: 'Acme', table, kinds: ACME_ERROR_KINDS, baseUrl: 'https://api.acme.example/v2', auth }
  return createApiClient({ ...config, idempotency: { header: 'Idempotency-Key' } }, options)
}
