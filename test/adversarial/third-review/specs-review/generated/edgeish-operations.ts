/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: test/adversarial/third-review/specs-review/edgeish.yaml
 * Spec sha256: bdcceb78a635141507148bce47555a2e88e209127391cd3f0e88c86955300e51
 * Written by `npm run generate` with scripts/lib/runtime-schema.ts.
 */

import type { paths } from './edgeish.js'

/** The spec's servers; each operation's request media types, query styles and declared responses, keyed "METHOD /path"; shared schemas once each. */
export const table: {
  /** Type-only: links the table to the generated types. Never set at run time. */
  readonly paths?: paths
  /** The first is the client's default base URL. */
  readonly servers: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
} = JSON.parse(`{
"servers":["https://api.edgeish.example/v2"],
"schemas":{
"Customer":{"type":"object","required":["id","email","created_at"],"properties":{"id":{"type":"string","readOnly":true},"email":{"type":"string"},"created_at":{"type":"string","readOnly":true},"given_name":{"type":["string","null"]}}},
"Export":{"type":"object","required":["id","status"],"properties":{"id":{"type":"string"},"status":{"type":"string","enum":["pending","ready"]}}},
"Member":{"allOf":[{"$ref":"UserBase"},{"type":"object","required":["id","email","password"],"properties":{"id":{"type":"string","readOnly":true},"email":{"type":"string"},"password":{"type":"string","writeOnly":true}}}]},
"User":{"allOf":[{"$ref":"UserBase"},{"type":"object","required":["id","email","password"],"properties":{"id":{"type":"string","readOnly":true},"email":{"type":"string"},"password":{"type":"string","writeOnly":true}}}]},
"UserBase":{"type":"object","properties":{"id":{"type":"string","readOnly":true},"email":{"type":"string"},"password":{"type":"string","writeOnly":true}}}
},
"operations":{
"POST /v2/customers":{"request":{"required":true,"content":{"application/json":{"$ref":"Customer"}}},"responses":{"201":{"application/json":{"$ref":"Customer"}}}},
"PUT /v2/customers/{customer_id}/logo":{"request":{"required":true,"content":{"application/json":{"type":"object","required":["image","name"],"properties":{"name":{"type":"string"},"image":{"type":"string"}}}}},"responses":{"204":null}},
"GET /v2/exports/{export_id}":{"path":{"export_id":{"style":"matrix","explode":true}},"responses":{"200":{"*/*":{"$ref":"Export"}}}},
"POST /v2/mandates/{mandate_id}/actions/cancel":{"responses":{"200":{}}},
"POST /v2/members":{"request":{"required":true,"content":{"application/json":{"$ref":"Member"}}},"responses":{"201":{"application/json":{"$ref":"Member"}}}},
"GET /v2/metadata/{owner}":{"responses":{"200":{"application/json":{"type":"object","properties":{"owner":{"type":"string"}},"patternProperties":{"^[a-z]+\\\\:[a-z_]+$":{"type":"string"}},"additionalProperties":false}}}},
"GET /v2/prices/{ids}":{"query":{"return_url":{"allowReserved":true}},"header":{"X-Filter":{"explode":true}},"responses":{"200":{"application/*":{"type":"object"}}}},
"POST /v2/users":{"request":{"required":true,"content":{"application/json":{"$ref":"User"}}},"responses":{"201":{"application/json":{"$ref":"User"}}}}
}
}`)
