/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: test/adversarial/third-review/specs-review/stripeish.yaml
 * Spec sha256: 04875d29069485c78d0c05b809948d2140145be1dfdedd9b8e86d565a195600c
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
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetCustomers"];
        put?: never;
        post: operations["PostCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetCustomersSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer: components["parameters"]["customer"];
            };
            cookie?: never;
        };
        get: operations["GetCustomersCustomer"];
        put?: never;
        post?: never;
        delete: operations["DeleteCustomersCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoice}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetInvoicesInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoice}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/charges/{charge}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostChargesChargeCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/report_runs/{report_run}/data.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account}/external_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostAccountsAccountExternalAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        error: {
            error: {
                /** @enum {string} */
                type: "api_error" | "card_error" | "idempotency_error" | "invalid_request_error";
                code?: string;
                message?: string;
                decline_code?: string;
                param?: string;
            };
        };
        address: {
            city?: string | null;
            country?: string | null;
            line1?: string | null;
            postal_code?: string | null;
        };
        customer: {
            id: string;
            /** @enum {string} */
            object: "customer";
            address?: components["schemas"]["address"] | null;
            shipping?: components["schemas"]["address"];
            balance?: number;
            /** Format: unix-time */
            created: number;
            currency?: string | null;
            default_source?: (string | components["schemas"]["card"]) | null;
            email?: string | null;
            livemode: boolean;
            metadata?: {
                [key: string]: string;
            };
            invoice_prefix?: string | null;
        };
        deleted_customer: {
            id: string;
            /** @enum {string} */
            object: "customer";
            /** @enum {boolean} */
            deleted: true;
        };
        card: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            object: "card";
            brand: string;
            last4: string;
            customer?: (string | components["schemas"]["customer"]) | null;
        };
        bank_account: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            object: "bank_account";
            last4: string;
            routing_number?: string | null;
        };
        external_account: components["schemas"]["bank_account"] | components["schemas"]["card"];
        charge: {
            id: string;
            /** @enum {string} */
            object: "charge";
            amount: number;
            captured: boolean;
            /** @enum {string} */
            status: "failed" | "pending" | "succeeded";
            invoice?: (string | components["schemas"]["invoice"]) | null;
        };
        invoice: {
            id: string;
            /** @enum {string} */
            object: "invoice";
            /** @enum {string|null} */
            status: "draft" | "open" | "paid" | "uncollectible" | "void" | null;
            charge?: (string | components["schemas"]["charge"]) | null;
            lines: {
                /** @enum {string} */
                object: "list";
                has_more: boolean;
                data: components["schemas"]["line_item"][];
            };
        };
        line_item: {
            id: string;
            amount: number;
            invoice?: (string | components["schemas"]["invoice"]) | null;
        };
        file: {
            id: string;
            /** @enum {string} */
            object: "file";
            purpose: string;
            size: number;
            url?: string | null;
        };
        event: {
            id: string;
            type: string;
            data: {
                object: {
                    [key: string]: unknown;
                };
                previous_attributes?: {
                    [key: string]: unknown;
                };
            };
        };
    };
    responses: {
        /** @description Error response. */
        error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error"];
            };
        };
    };
    parameters: {
        customer: string;
        expand: string[];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetCustomers: {
        parameters: {
            query?: {
                created?: {
                    gt?: number;
                    gte?: number;
                    lt?: number;
                    lte?: number;
                } | number;
                email?: string;
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["customer"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                        url: string;
                    };
                };
            };
            default: components["responses"]["error"];
        };
    };
    PostCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    address?: {
                        city?: string;
                        country?: string;
                        line1?: string;
                        postal_code?: string;
                    } | "";
                    description?: string;
                    email?: string;
                    expand?: string[];
                    metadata?: {
                        [key: string]: string;
                    } | "";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["customer"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    GetCustomersSearch: {
        parameters: {
            query: {
                query: string;
                /** @description A JSON-encoded filter object (a parameter with `content` rather than `schema`). */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["customer"][];
                    };
                };
            };
        };
    };
    GetCustomersCustomer: {
        parameters: {
            query?: {
                expand?: components["parameters"]["expand"];
            };
            header?: never;
            path: {
                customer: components["parameters"]["customer"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["customer"] | components["schemas"]["deleted_customer"];
                };
            };
            404: components["responses"]["error"];
        };
    };
    DeleteCustomersCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer: components["parameters"]["customer"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["deleted_customer"];
                };
            };
        };
    };
    PostFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob | Uint8Array;
                    /** @enum {string} */
                    purpose: "dispute_evidence" | "identity_document" | "pci_document";
                    file_link_data?: {
                        create?: boolean;
                        expires_at?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["file"];
                };
            };
        };
    };
    GetInvoicesInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["invoice"];
                };
            };
        };
    };
    GetInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostChargesChargeCapture: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                charge: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    amount?: number;
                    statement_descriptor?: string;
                };
            };
        };
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["charge"];
                };
            };
            /** @description Card declined. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error"];
                };
            };
        };
    };
    GetBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "balance";
                        available: {
                            amount: number;
                            currency: string;
                            source_types?: {
                                [key: string]: number;
                            } | null;
                        }[];
                    };
                };
            };
        };
    };
    GetReportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_run: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
        };
    };
    GetEvents: {
        parameters: {
            query?: {
                types?: string[];
                ids?: string[];
                tags?: string[];
            };
            header?: never;
            path?: never;
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
                        data: components["schemas"]["event"][];
                    };
                };
            };
        };
    };
    PostAccountsAccountExternalAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["external_account"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["external_account"];
                };
            };
        };
    };
}
