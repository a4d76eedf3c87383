/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: test/adversarial/third-review/specs-review/paddleish.yaml
 * Spec sha256: 1610d6f0e7c31007f78d0610360685d967545f74513bc33b44f64b79a7262fa5
 * Written by `npm run generate` with openapi-typescript 7.13.0.
 */

export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}": components["pathItems"]["SubscriptionItem"];
    "/subscriptions/{subscription_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["pauseSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transaction_id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTransactionInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head: operations["headTransactionInvoice"];
        patch?: never;
        trace?: never;
    };
    "/reports/{report_id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["payments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/addresses/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        get: operations["listAddresses"];
        put?: never;
        post?: never;
        delete?: never;
        options: operations["addressOptions"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/portal-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odd/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOdd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "subscription.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            responses: {
                /** @description ack */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @enum {string} */
        SubscriptionStatus: "active" | "canceled" | "past_due" | "paused" | "trialing";
        Meta: {
            request_id: string;
            pagination?: {
                per_page?: number;
                /** Format: uri */
                next?: string;
                has_more?: boolean;
                /** Format: int64 */
                estimated_total?: number;
            };
        };
        Money: {
            /** @description Amount in lowest denomination, as a string */
            amount: string;
            /** @enum {string} */
            currency_code: "USD" | "EUR" | "GBP" | "JPY" | "AUD" | "CAD" | "CHF" | "HKD" | "SGD" | "SEK" | "ARS" | "BRL" | "CNY" | "COP" | "CZK" | "DKK" | "HUF" | "ILS" | "INR" | "KRW" | "MXN" | "NOK" | "NZD" | "PLN" | "RUB" | "THB" | "TRY" | "TWD" | "UAH" | "VND" | "ZAR";
        };
        Item: {
            price_id: string;
            quantity: number;
            proration?: null | components["schemas"]["Proration"];
        };
        Proration: {
            rate?: string;
            /** @description A $ref into $defs, with a sibling. */
            billing_period?: components["schemas"]["Proration"]["$defs"]["Period"];
            $defs: {
                Period: {
                    starts_at: string;
                    ends_at: string;
                };
            };
        };
        Subscription: {
            id: $Read<string>;
            status: components["schemas"]["SubscriptionStatus"];
            customer_id: string;
            address_id?: string | null;
            /** @description A $ref with a sibling (3.1). */
            currency_code?: components["schemas"]["Money"]["currency_code"];
            /** Format: date-time */
            created_at: $Read<string>;
            items: components["schemas"]["Item"][];
            scheduled_change: null | components["schemas"]["ScheduledChange"];
            custom_data?: {
                [key: string]: unknown;
            } | null;
            billing_cycle?: {
                /** @constant */
                interval?: "month";
                frequency?: number;
            };
            discount?: components["schemas"]["Discount"] | null;
            parent?: components["schemas"]["Subscription"];
            /** @enum {unknown} */
            priority?: 1 | "high" | true | null;
        };
        ScheduledChange: {
            /** @enum {string} */
            action: "cancel" | "pause" | "resume";
            /** Format: date-time */
            effective_at: string;
            resume_at?: string | null;
        };
        Discount: {
            id: string;
            ends_at?: string | null;
        };
        PaymentMethodDetails: components["schemas"]["CardDetails"] | components["schemas"]["IdealDetails"] | components["schemas"]["SepaDirectDebitDetails"];
        BaseDetails: {
            type: string;
            checkoutAttemptId?: string;
        };
        CardDetails: components["schemas"]["BaseDetails"] & {
            /** @constant */
            type?: "scheme";
            encryptedCardNumber: $Write<string>;
            holderName?: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "scheme";
        };
        IdealDetails: components["schemas"]["BaseDetails"] & {
            /** @constant */
            type?: "ideal";
            issuer: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ideal";
        };
        SepaDirectDebitDetails: components["schemas"]["BaseDetails"] & {
            /** @constant */
            type?: "sepadirectdebit";
            "sepa.ownerName": string;
            "sepa.ibanNumber": string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sepadirectdebit";
        };
        PaymentRequest: {
            amount: components["schemas"]["Amount"];
            merchantAccount: string;
            reference: string;
            paymentMethod: components["schemas"]["PaymentMethodDetails"];
            additionalData?: {
                [key: string]: string;
            };
            /** @enum {string} */
            shopperInteraction?: "Ecommerce" | "ContAuth" | "Moto" | "POS";
            pspReference?: $Read<string>;
        };
        PaymentResponse: {
            pspReference?: string;
            /** @enum {string} */
            resultCode: "Authorised" | "Cancelled" | "Error" | "Pending" | "Received" | "Refused" | "RedirectShopper";
            action?: components["schemas"]["RedirectAction"] | components["schemas"]["ThreeDS2Action"];
            amount?: components["schemas"]["Amount"];
            additionalData?: {
                [key: string]: string;
            };
        };
        RedirectAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RedirectAction";
            url: string;
            method?: string;
        };
        ThreeDS2Action: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ThreeDS2Action";
            token: string;
        };
        Amount: {
            currency: string;
            /** Format: int64 */
            value: number;
        };
        Problem: {
            /** Format: uri */
            type?: string;
            title?: string;
            status?: number;
            detail?: string;
            errors?: {
                field?: string;
                message?: string;
            }[];
        };
        Address: {
            id: string;
            country_code: string;
            postal_code?: string | null;
        };
        "Odd/Keys": {
            "a~b": number;
            "c/d": string;
            "quote\"s": boolean;
            "\u00FCn\u00EF": string;
            "emoji\uD83D\uDE00": string;
            nested?: components["schemas"]["Odd/Keys"]["c/d"];
        };
    };
    responses: {
        /** @description An RFC 7807 problem. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        SubscriptionId: string;
    };
    requestBodies: {
        Pause: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    effective_from?: "next_billing_period" | "immediately";
                    /** Format: date-time */
                    resume_at?: string | null;
                };
            };
        };
    };
    headers: {
        RequestId: string;
    };
    pathItems: {
        SubscriptionItem: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subscription_id: components["parameters"]["SubscriptionId"];
                };
                cookie?: never;
            };
            get: operations["getSubscription"];
            put?: never;
            post?: never;
            delete?: never;
            options?: never;
            head?: never;
            patch: operations["updateSubscription"];
            trace?: never;
        };
    };
}
export type $defs = Record<string, never>;
export interface operations {
    listSubscriptions: {
        parameters: {
            query?: {
                status?: components["schemas"]["SubscriptionStatus"][];
                per_page?: number;
                filter?: {
                    customer_id?: string;
                    price_id?: string;
                };
            };
            header?: {
                "Paddle-Version"?: number;
            };
            path?: never;
            cookie?: {
                session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"][];
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    pauseSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["Pause"];
        responses: {
            /** @description Accepted; no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            409: components["responses"]["Problem"];
        };
    };
    getTransactionInvoice: {
        parameters: {
            query?: {
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                transaction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice, as JSON or PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": {
                        data: {
                            /** Format: uri */
                            url: string;
                        };
                    };
                    "application/pdf": string;
                };
            };
            /** @description Anything else. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headTransactionInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transaction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exists. */
            200: {
                headers: {
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReportRows: {
        parameters: {
            query?: {
                columns?: string[];
            };
            header?: never;
            path: {
                report_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        [key: string]: string | number | null;
                    }[];
                };
            };
        };
    };
    payments: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description Validation failed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trailing-slash path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"][];
                };
            };
        };
    };
    addressOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CORS preflight / allowed methods. */
            204: {
                headers: {
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createPortalSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    logo?: Blob | Uint8Array;
                    settings?: {
                        locale?: string;
                    };
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        urls: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    putNote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain; charset=utf-8": string;
            };
        };
        responses: {
            /** @description Echo. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Reset content. */
            205: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getOdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys that need escaping in JSON pointers and TS. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Odd/Keys"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                    };
                };
            };
            404: components["responses"]["Problem"];
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": {
                    next_billed_at?: string | null;
                    custom_data?: {
                        [key: string]: unknown;
                    } | null;
                    items?: components["schemas"]["Item"][];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                    };
                };
            };
        };
    };
}
