/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: specs/funnelfox.yaml
 * Spec sha256: d7e1a40932e2ae6f726dfd0e742a6fa8618532a4c88f2fe1d79f130219996f15
 * Written by `npm run generate` with scripts/lib/runtime-schema.ts.
 */

import type { paths } from './funnelfox.js'

/** The spec's servers; each operation's request media types, query styles and declared responses, keyed "METHOD /path"; shared schemas once each. */
export const table: {
  /** Type-only: links the table to the generated types. Never set at run time. */
  readonly paths?: paths
  /** The first is the client's default base URL. */
  readonly servers: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
} = JSON.parse(`{
"servers":["https://api.funnelfox.io/public/v1"],
"schemas":{},
"operations":{
"POST /subscriptions/{id}/cancel":{"request":{"required":false,"content":{"application/json":{"type":"object","properties":{"reason":{"type":"string"}}}}},"responses":{"200":{"application/json":{"type":"object","required":["id","psp_id","status","profile","funnel","funnel_version","billing_interval","billing_interval_count","price","currency","price_usd","payment_provider","created_at","updated_at","period_starts_at","renews","sandbox","session"],"properties":{"id":{"type":"string"},"psp_id":{"type":"string"},"status":{"type":"string","enum":["created","trialing","active","paused","cancelled","expired","unpaid"]},"profile":{"type":"object","required":["id","created_at"],"properties":{"id":{"type":"string"},"email":{"type":"string"},"created_at":{"type":"string"},"preview":{"type":"boolean"}}},"funnel":{"type":"object","required":["id","title","alias","type"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"alias":{"type":"string"},"type":{"type":"string","enum":["default","cancellation","retargeting"]}}},"funnel_version":{"type":"integer"},"funnel_locale":{"type":"string"},"experiment":{"type":"object","required":["id","title","alias","enabled"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"alias":{"type":"string"},"enabled":{"type":"boolean"}}},"session":{"type":"object","required":["id","created_at"],"properties":{"id":{"type":"string"},"created_at":{"type":"string"},"locale":{"type":"string"},"user_agent":{"type":"string"}}},"product_id":{"type":"string"},"product":{"type":"object","required":["id","name","status"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"status":{"type":"string","enum":["active","archived"]}}},"price":{"type":"integer"},"currency":{"type":"string"},"price_usd":{"type":"integer"},"billing_interval":{"type":"string","enum":["day","week","month","year"]},"billing_interval_count":{"type":"integer"},"trial_offer":{"type":"string","enum":["free","paid"]},"trial_transaction_id":{"type":"string"},"payment_provider":{"type":"string","enum":["stripe","paddle","paypal","braintree","solidgate"]},"renews":{"type":"boolean"},"sandbox":{"type":"boolean"},"created_at":{"type":"string"},"updated_at":{"type":"string"},"period_starts_at":{"type":"string"},"period_ends_at":{"type":"string"},"paused_at":{"type":"string"},"cancelled_at":{"type":"string"},"cancellation_reason":{"type":"string"},"renewed_at":{"type":"string"},"upgrades_to":{"type":"string"},"custom_entitlement":{"type":"string"}}}},"400":{"application/json":{"type":"object","required":["message"],"properties":{"message":{"type":"string"}}}},"401":{"application/json":{"type":"object","required":["message"],"properties":{"message":{"type":"string"}}}},"404":{"application/json":{"type":"object","required":["message"],"properties":{"message":{"type":"string"}}}}}}
}
}`)
