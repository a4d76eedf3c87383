/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: specs/funnelfox.yaml
 * Spec sha256: d7e1a40932e2ae6f726dfd0e742a6fa8618532a4c88f2fe1d79f130219996f15
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
    "/subscriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel subscription
         * @description Cancels an subscription.
         *     You can provide a reason for cancellation in the request body. If no reason is provided, a default reason will be used: "User requested cancellation".
         *     If a subscription has been deleted or already canceled, a corresponding error will be returned. Supported PSPs:  - Stripe - Paddle - Solidgate - Paypal - FunnelFox Billing
         */
        post: operations["SubscriptionCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    SubscriptionCancel: {
        parameters: {
            query?: never;
            header: {
                /** @description Project Secret Key */
                "Fox-Secret": string;
            };
            path: {
                /** @description Subscription ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Cancellation reason */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description subscription cancelled successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        psp_id: string;
                        /** @enum {string} */
                        status: "created" | "trialing" | "active" | "paused" | "cancelled" | "expired" | "unpaid";
                        profile: {
                            id: string;
                            email?: string;
                            /** Format: date-time */
                            created_at: string;
                            preview?: boolean;
                        };
                        funnel: {
                            id: string;
                            title: string;
                            /** @description Alias/slug for the funnel */
                            alias: string;
                            /** @enum {string} */
                            type: "default" | "cancellation" | "retargeting";
                        };
                        funnel_version: number;
                        funnel_locale?: string;
                        experiment?: {
                            id: string;
                            title: string;
                            alias: string;
                            enabled: boolean;
                        };
                        session: {
                            id: string;
                            /** Format: date-time */
                            created_at: string;
                            locale?: string;
                            user_agent?: string;
                        };
                        product_id?: string;
                        product?: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                        };
                        /**
                         * @description Monetary amount in cents (e.g., $1.00 = 100 cents)
                         * @example 100
                         */
                        price: number;
                        currency: string;
                        /**
                         * @description Monetary amount in cents (e.g., $1.00 = 100 cents)
                         * @example 100
                         */
                        price_usd: number;
                        /** @enum {string} */
                        billing_interval: "day" | "week" | "month" | "year";
                        billing_interval_count: number;
                        /** @enum {string} */
                        trial_offer?: "free" | "paid";
                        trial_transaction_id?: string;
                        /** @enum {string} */
                        payment_provider: "stripe" | "paddle" | "paypal" | "braintree" | "solidgate";
                        renews: boolean;
                        sandbox: boolean;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        /** Format: date-time */
                        period_starts_at: string;
                        /** Format: date-time */
                        period_ends_at?: string;
                        /** Format: date-time */
                        paused_at?: string;
                        /** Format: date-time */
                        cancelled_at?: string;
                        cancellation_reason?: string;
                        /** Format: date-time */
                        renewed_at?: string;
                        upgrades_to?: string;
                        custom_entitlement?: string;
                    };
                };
            };
            /** @description Request error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Authentication error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Subscription not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
}
