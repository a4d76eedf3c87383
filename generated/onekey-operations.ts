/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: specs/onekey.json
 * Spec sha256: 6b1828ec4d217800f25e94e26a7a3940f94f0d19b33aa97f49c9e5effa972df4
 * Written by `npm run generate` with scripts/lib/runtime-schema.ts.
 */

import type { paths } from './onekey.js'

/** The spec's servers; each operation's request media types, query styles and declared responses, keyed "METHOD /path"; shared schemas once each. */
export const table: {
  /** Type-only: links the table to the generated types. Never set at run time. */
  readonly paths?: paths
  /** The first is the client's default base URL. */
  readonly servers: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
} = JSON.parse(`{
"servers":["https://api-stg.onekeypayments.com"],
"schemas":{},
"operations":{
"DELETE /v3/subscriptions/{subscription_id}":{"request":{"required":false,"content":{"application/json":{"type":"object","properties":{}}}},"defaults":{"header":{"Content-Type":"application/json"}},"responses":{"200":{"application/json":{"type":"object","properties":{}}},"420":{"application/json":{"type":"object","properties":{"code":{"type":"integer"},"description":{"type":"string"},"type":{"type":"string"}}}},"421":{"application/json":{"type":"object","properties":{"code":{"type":"integer"},"description":{"type":"string"},"type":{"type":"string"}}}},"426":{"application/json":{"type":"object","properties":{"code":{"type":"integer"},"description":{"type":"string"},"type":{"type":"string"}}}},"501":{"application/json":{"type":"object","properties":{"code":{"type":"integer"},"description":{"type":"string"},"type":{"type":"string"}}}}}}
}
}`)
