/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: test/adversarial/third-review/specs-review/paddleish.yaml
 * Spec sha256: 1610d6f0e7c31007f78d0610360685d967545f74513bc33b44f64b79a7262fa5
 * Written by `npm run generate` with scripts/lib/runtime-schema.ts.
 */

import type { paths } from './paddleish.js'

/** The spec's servers; each operation's request media types, query styles and declared responses, keyed "METHOD /path"; shared schemas once each. */
export const table: {
  /** Type-only: links the table to the generated types. Never set at run time. */
  readonly paths?: paths
  /** The first is the client's default base URL. */
  readonly servers: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
} = JSON.parse(`{
"servers":["https://sandbox-api.paddleish.example/v1"],
"schemas":{
"/components/pathItems/SubscriptionItem/get/responses/200/content/application~1json/schema":{"type":"object","required":["data"],"properties":{"data":{"$ref":"Subscription"}}},
"/components/pathItems/SubscriptionItem/patch/requestBody/content/application~1merge-patch+json/schema":{"type":"object","properties":{"next_billed_at":{"type":["string","null"]},"custom_data":{"type":["object","null"]},"items":{"type":"array","items":{"$ref":"Item"}}}},
"/components/pathItems/SubscriptionItem/patch/responses/200/content/application~1json/schema":{"type":"object","required":["data"],"properties":{"data":{"$ref":"Subscription"}}},
"/components/requestBodies/Pause/content/application~1json/schema":{"type":"object","properties":{"effective_from":{"type":"string","enum":["next_billing_period","immediately"]},"resume_at":{"type":["string","null"]}}},
"/components/schemas/Money/properties/currency_code":{"type":"string","enum":["USD","EUR","GBP","JPY","AUD","CAD","CHF","HKD","SGD","SEK","ARS","BRL","CNY","COP","CZK","DKK","HUF","ILS","INR","KRW","MXN","NOK","NZD","PLN","RUB","THB","TRY","TWD","UAH","VND","ZAR"]},
"/components/schemas/Odd~1Keys/properties/c~1d":{"type":"string"},
"/components/schemas/Proration/$defs/Period":{"type":"object","required":["starts_at","ends_at"],"properties":{"starts_at":{"type":"string"},"ends_at":{"type":"string"}}},
"Address":{"type":"object","required":["id","country_code"],"properties":{"id":{"type":"string"},"country_code":{"type":"string"},"postal_code":{"type":["string","null"]}}},
"Amount":{"type":"object","required":["currency","value"],"properties":{"currency":{"type":"string"},"value":{"type":"integer"}}},
"BaseDetails":{"type":"object","required":["type"],"properties":{"type":{"type":"string"},"checkoutAttemptId":{"type":"string"}}},
"CardDetails":{"allOf":[{"$ref":"BaseDetails"},{"type":"object","required":["encryptedCardNumber"],"properties":{"type":{"const":"scheme"},"encryptedCardNumber":{"type":"string","writeOnly":true},"holderName":{"type":"string"}}}]},
"Discount":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"ends_at":{"type":["string","null"]}}},
"IdealDetails":{"allOf":[{"$ref":"BaseDetails"},{"type":"object","required":["issuer"],"properties":{"type":{"const":"ideal"},"issuer":{"type":"string"}}}]},
"Item":{"type":"object","required":["price_id","quantity"],"properties":{"price_id":{"type":"string"},"quantity":{"type":"integer"},"proration":{"oneOf":[{"type":"null"},{"$ref":"Proration"}]}}},
"Meta":{"type":"object","required":["request_id"],"properties":{"request_id":{"type":"string"},"pagination":{"type":"object","properties":{"per_page":{"type":"integer"},"next":{"type":"string"},"has_more":{"type":"boolean"},"estimated_total":{"type":"integer"}}}}},
"Odd/Keys":{"type":"object","required":["a~b","c/d","quote\\"s","ünï","emoji😀"],"properties":{"a~b":{"type":"integer"},"c/d":{"type":"string"},"quote\\"s":{"type":"boolean"},"ünï":{"type":"string"},"emoji😀":{"type":"string"},"nested":{"$ref":"/components/schemas/Odd~1Keys/properties/c~1d"}}},
"PaymentMethodDetails":{"discriminator":{"propertyName":"type","mapping":{"scheme":"CardDetails","ideal":"IdealDetails","sepadirectdebit":"SepaDirectDebitDetails"}},"oneOf":[{"$ref":"CardDetails"},{"$ref":"IdealDetails"},{"$ref":"SepaDirectDebitDetails"}]},
"PaymentRequest":{"type":"object","required":["amount","merchantAccount","paymentMethod","reference"],"properties":{"amount":{"$ref":"Amount"},"merchantAccount":{"type":"string"},"reference":{"type":"string"},"paymentMethod":{"$ref":"PaymentMethodDetails"},"additionalData":{"type":"object","additionalProperties":{"type":"string"}},"shopperInteraction":{"type":"string","enum":["Ecommerce","ContAuth","Moto","POS"]},"pspReference":{"type":"string","readOnly":true}}},
"PaymentResponse":{"type":"object","required":["resultCode"],"properties":{"pspReference":{"type":"string"},"resultCode":{"type":"string","enum":["Authorised","Cancelled","Error","Pending","Received","Refused","RedirectShopper"]},"action":{"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"RedirectAction"},{"$ref":"ThreeDS2Action"}]},"amount":{"$ref":"Amount"},"additionalData":{"type":"object","additionalProperties":{"type":"string"}}}},
"Problem":{"type":"object","properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"},"errors":{"type":"array","items":{"type":"object","properties":{"field":{"type":"string"},"message":{"type":"string"}}}}}},
"Proration":{"type":"object","properties":{"rate":{"type":"string"},"billing_period":{"$ref":"/components/schemas/Proration/$defs/Period"}}},
"RedirectAction":{"type":"object","required":["type","url"],"properties":{"type":{"type":"string","enum":["redirect"]},"url":{"type":"string"},"method":{"type":"string"}}},
"ScheduledChange":{"type":"object","required":["action","effective_at"],"properties":{"action":{"type":"string","enum":["cancel","pause","resume"]},"effective_at":{"type":"string"},"resume_at":{"type":["string","null"]}}},
"SepaDirectDebitDetails":{"allOf":[{"$ref":"BaseDetails"},{"type":"object","required":["sepa.ownerName","sepa.ibanNumber"],"properties":{"type":{"const":"sepadirectdebit"},"sepa.ownerName":{"type":"string"},"sepa.ibanNumber":{"type":"string"}}}]},
"Subscription":{"type":"object","required":["id","status","customer_id","items","created_at","scheduled_change"],"properties":{"id":{"type":"string","readOnly":true},"status":{"$ref":"SubscriptionStatus"},"customer_id":{"type":"string"},"address_id":{"type":["string","null"]},"currency_code":{"$ref":"/components/schemas/Money/properties/currency_code"},"created_at":{"type":"string","readOnly":true},"items":{"type":"array","items":{"$ref":"Item"}},"scheduled_change":{"oneOf":[{"type":"null"},{"$ref":"ScheduledChange"}]},"custom_data":{"type":["object","null"]},"billing_cycle":{"type":"object","properties":{"interval":{"const":"month"},"frequency":{"type":"integer"}}},"discount":{"anyOf":[{"$ref":"Discount"},{"type":"null"}]},"parent":{"$ref":"Subscription"},"priority":{"enum":[1,"high",true,null]}}},
"SubscriptionStatus":{"type":"string","enum":["active","canceled","past_due","paused","trialing"]},
"ThreeDS2Action":{"type":"object","required":["type","token"],"properties":{"type":{"type":"string","enum":["threeDS2"]},"token":{"type":"string"}}}
},
"operations":{
"GET /customers/{customer_id}/addresses/":{"responses":{"200":{"application/json":{"type":"array","items":{"$ref":"Address"}}}}},
"OPTIONS /customers/{customer_id}/addresses/":{"responses":{"204":null}},
"POST /customers/{customer_id}/portal-sessions":{"request":{"required":false,"content":{"multipart/form-data":{"type":"object","properties":{"logo":{"type":"string"},"settings":{"type":"object","properties":{"locale":{"type":"string"}}},"note":{"type":"string"}}}},"encoding":{"multipart/form-data":{"logo":{"contentType":"image/png"},"settings":{"contentType":"application/json"}}}},"responses":{"201":{"application/json":{"type":"object","required":["id","urls"],"properties":{"id":{"type":"string"},"urls":{"type":"object","additionalProperties":{"type":"string"}}}}}}},
"PUT /notes":{"request":{"required":true,"content":{"text/plain; charset=utf-8":{"type":"string"}}},"responses":{"200":{"text/plain":{"type":"string"}},"205":null}},
"GET /odd/{key}":{"responses":{"200":{"application/json":{"$ref":"Odd/Keys"}}}},
"POST /payments":{"request":{"required":true,"content":{"application/json":{"$ref":"PaymentRequest"}}},"responses":{"200":{"application/json":{"$ref":"PaymentResponse"}},"422":{"application/problem+json":{"$ref":"Problem"}}}},
"GET /reports/{report_id}/rows":{"query":{"columns":{"style":"spaceDelimited"}},"responses":{"200":{"text/csv":{"type":"string"},"application/json":{"type":"array","items":{"type":"object","patternProperties":{"^col_[0-9]+$":{"type":["string","number","null"]}},"additionalProperties":false}}}}},
"GET /subscriptions":{"defaults":{"header":{"Paddle-Version":"1"}},"query":{"status":{"explode":false},"filter":{"style":"deepObject","explode":true}},"responses":{"200":{"application/json":{"type":"object","required":["data","meta"],"properties":{"data":{"type":"array","items":{"$ref":"Subscription"}},"meta":{"$ref":"Meta"}}}},"4XX":{"application/problem+json":{"$ref":"Problem"}},"5XX":{"application/problem+json":{"$ref":"Problem"}}}},
"GET /subscriptions/{subscription_id}":{"responses":{"200":{"application/json":{"$ref":"/components/pathItems/SubscriptionItem/get/responses/200/content/application~1json/schema"}},"404":{"application/problem+json":{"$ref":"Problem"}}}},
"PATCH /subscriptions/{subscription_id}":{"request":{"required":true,"content":{"application/merge-patch+json":{"$ref":"/components/pathItems/SubscriptionItem/patch/requestBody/content/application~1merge-patch+json/schema"}}},"responses":{"200":{"application/json":{"$ref":"/components/pathItems/SubscriptionItem/patch/responses/200/content/application~1json/schema"}}}},
"POST /subscriptions/{subscription_id}/pause":{"request":{"required":false,"content":{"application/json":{"$ref":"/components/requestBodies/Pause/content/application~1json/schema"}}},"responses":{"202":null,"409":{"application/problem+json":{"$ref":"Problem"}}}},
"GET /transactions/{transaction_id}/invoice":{"responses":{"200":{"application/vnd.api+json":{"type":"object","required":["data"],"properties":{"data":{"type":"object","required":["url"],"properties":{"url":{"type":"string"}}}}},"application/pdf":{"type":"string"}},"default":{"application/problem+json":{"$ref":"Problem"}}}},
"HEAD /transactions/{transaction_id}/invoice":{"responses":{"200":null,"404":null}}
}
}`)
