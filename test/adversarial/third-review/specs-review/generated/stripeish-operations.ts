/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: test/adversarial/third-review/specs-review/stripeish.yaml
 * Spec sha256: 04875d29069485c78d0c05b809948d2140145be1dfdedd9b8e86d565a195600c
 * Written by `npm run generate` with scripts/lib/runtime-schema.ts.
 */

import type { paths } from './stripeish.js'

/** The spec's servers; each operation's request media types, query styles and declared responses, keyed "METHOD /path"; shared schemas once each. */
export const table: {
  /** Type-only: links the table to the generated types. Never set at run time. */
  readonly paths?: paths
  /** The first is the client's default base URL. */
  readonly servers: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
} = JSON.parse(`{
"servers":["https://api.stripeish.example/"],
"schemas":{
"address":{"type":"object","properties":{"city":{"type":"string","nullable":true},"country":{"type":"string","nullable":true},"line1":{"type":"string","nullable":true},"postal_code":{"type":"string","nullable":true}}},
"bank_account":{"type":"object","required":["id","object","last4"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["bank_account"]},"last4":{"type":"string"},"routing_number":{"type":"string","nullable":true}}},
"card":{"type":"object","required":["id","object","brand","last4"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["card"]},"brand":{"type":"string"},"last4":{"type":"string"},"customer":{"nullable":true,"anyOf":[{"type":"string"},{"$ref":"customer"}]}}},
"charge":{"type":"object","required":["id","object","amount","captured","status"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["charge"]},"amount":{"type":"integer"},"captured":{"type":"boolean"},"status":{"type":"string","enum":["failed","pending","succeeded"]},"invoice":{"nullable":true,"anyOf":[{"type":"string"},{"$ref":"invoice"}]}}},
"customer":{"type":"object","required":["id","object","created","livemode"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["customer"]},"address":{"nullable":true,"anyOf":[{"$ref":"address"}]},"shipping":{"$ref":"address"},"balance":{"type":"integer"},"created":{"type":"integer"},"currency":{"type":"string","nullable":true},"default_source":{"nullable":true,"anyOf":[{"type":"string"},{"$ref":"card"}]},"email":{"type":"string","nullable":true},"livemode":{"type":"boolean"},"metadata":{"type":"object","additionalProperties":{"type":"string"}},"invoice_prefix":{"type":"string","nullable":true}}},
"deleted_customer":{"type":"object","required":["id","object","deleted"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["customer"]},"deleted":{"type":"boolean","enum":[true]}}},
"error":{"type":"object","required":["error"],"properties":{"error":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["api_error","card_error","idempotency_error","invalid_request_error"]},"code":{"type":"string"},"message":{"type":"string"},"decline_code":{"type":"string"},"param":{"type":"string"}}}}},
"event":{"type":"object","required":["id","type","data"],"properties":{"id":{"type":"string"},"type":{"type":"string"},"data":{"type":"object","required":["object"],"properties":{"object":{"type":"object"},"previous_attributes":{"type":"object"}}}}},
"external_account":{"discriminator":{"propertyName":"object","mapping":{"bank_account":"bank_account","card":"card"}},"oneOf":[{"$ref":"bank_account"},{"$ref":"card"}]},
"file":{"type":"object","required":["id","object","purpose","size"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["file"]},"purpose":{"type":"string"},"size":{"type":"integer"},"url":{"type":"string","nullable":true}}},
"invoice":{"type":"object","required":["id","object","lines","status"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["invoice"]},"status":{"type":"string","enum":["draft","open","paid","uncollectible","void"],"nullable":true},"charge":{"nullable":true,"anyOf":[{"type":"string"},{"$ref":"charge"}]},"lines":{"type":"object","required":["data","has_more","object"],"properties":{"object":{"type":"string","enum":["list"]},"has_more":{"type":"boolean"},"data":{"type":"array","items":{"$ref":"line_item"}}}}}},
"line_item":{"type":"object","required":["id","amount"],"properties":{"id":{"type":"string"},"amount":{"type":"integer"},"invoice":{"nullable":true,"anyOf":[{"type":"string"},{"$ref":"invoice"}]}}}
},
"operations":{
"POST /v1/accounts/{account}/external_accounts":{"request":{"required":true,"content":{"application/json":{"$ref":"external_account"}}},"responses":{"200":{"application/json":{"$ref":"external_account"}}}},
"GET /v1/balance":{"responses":{"200":{"application/json":{"type":"object","required":["object","available"],"properties":{"object":{"type":"string","enum":["balance"]},"available":{"type":"array","items":{"type":"object","required":["amount","currency"],"properties":{"amount":{"type":"integer"},"currency":{"type":"string"},"source_types":{"type":"object","nullable":true,"additionalProperties":{"type":"integer"}}}}}}}}}},
"POST /v1/charges/{charge}/capture":{"request":{"required":false,"content":{"application/x-www-form-urlencoded":{"type":"object","properties":{"amount":{"type":"integer"},"statement_descriptor":{"type":"string"}}}}},"responses":{"200":{"application/json":{"$ref":"charge"}},"402":{"application/json":{"$ref":"error"}}}},
"GET /v1/customers":{"query":{"created":{"style":"deepObject","explode":true}},"responses":{"200":{"application/json":{"type":"object","required":["data","has_more","object","url"],"properties":{"data":{"type":"array","items":{"$ref":"customer"}},"has_more":{"type":"boolean"},"object":{"type":"string","enum":["list"]},"url":{"type":"string"}}}},"default":{"application/json":{"$ref":"error"}}}},
"POST /v1/customers":{"request":{"required":false,"content":{"application/x-www-form-urlencoded":{"type":"object","properties":{"address":{"anyOf":[{"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"line1":{"type":"string"},"postal_code":{"type":"string"}}},{"type":"string","enum":[""]}]},"description":{"type":"string"},"email":{"type":"string"},"expand":{"type":"array","items":{"type":"string"}},"metadata":{"anyOf":[{"type":"object","additionalProperties":{"type":"string"}},{"type":"string","enum":[""]}]},"name":{"type":"string"}},"additionalProperties":false}},"encoding":{"application/x-www-form-urlencoded":{"address":{"style":"deepObject","explode":true},"expand":{"style":"deepObject","explode":true},"metadata":{"style":"deepObject","explode":true}}}},"responses":{"200":{"application/json":{"$ref":"customer"}},"default":{"application/json":{"$ref":"error"}}}},
"GET /v1/customers/search":{"responses":{"200":{"application/json":{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"customer"}}}}}}},
"GET /v1/customers/{customer}":{"query":{"expand":{"style":"deepObject","explode":true}},"responses":{"200":{"application/json":{"anyOf":[{"$ref":"customer"},{"$ref":"deleted_customer"}]}},"404":{"application/json":{"$ref":"error"}}}},
"DELETE /v1/customers/{customer}":{"responses":{"200":{"application/json":{"$ref":"deleted_customer"}}}},
"GET /v1/events":{"query":{"types":{"explode":false},"ids":{"style":"pipeDelimited"},"tags":{"style":"spaceDelimited"}},"responses":{"200":{"application/json":{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"event"}}}}}}},
"POST /v1/files":{"request":{"required":true,"content":{"multipart/form-data":{"type":"object","required":["file","purpose"],"properties":{"file":{"type":"string"},"purpose":{"type":"string","enum":["dispute_evidence","identity_document","pci_document"]},"file_link_data":{"type":"object","properties":{"create":{"type":"boolean"},"expires_at":{"type":"integer"}}}}}},"encoding":{"multipart/form-data":{"file_link_data":{"style":"deepObject","explode":true}}}},"servers":["https://files.stripeish.example/"],"responses":{"200":{"application/json":{"$ref":"file"}}}},
"GET /v1/invoices/{invoice}":{"responses":{"200":{"application/json":{"$ref":"invoice"}}}},
"GET /v1/invoices/{invoice}/pdf":{"responses":{"200":{"application/pdf":{"type":"string"}},"304":null}},
"GET /v1/reporting/report_runs/{report_run}/data.csv":{"responses":{"200":{"text/csv; charset=utf-8":{"type":"string"}}}}
}
}`)
