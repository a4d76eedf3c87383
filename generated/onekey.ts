/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: specs/onekey.json
 * Spec sha256: 6b1828ec4d217800f25e94e26a7a3940f94f0d19b33aa97f49c9e5effa972df4
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
    "/v3/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a subscription
         * @description This endpoint allows cancellation of an existing subscription by ID.
         */
        delete: operations["cancelSubscription"];
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
    cancelSubscription: {
        parameters: {
            query?: never;
            header: {
                /** @description Media type of the body sent to the API. */
                "Content-Type"?: string;
                /** @description ISO8601 Datetime with Timezone (yyyy-MM-dd'T'HH:mm:ssZ) */
                "X-Date": string;
                /** @description Merchant X-Login API Key. */
                "X-Login": string;
                /** @description Authorization control hash. */
                Authorization: string;
                /** @description Unique idempotency key for ensuring that the same request is not processed more than once. */
                "X-Idempotency-Key"?: string;
            };
            path: {
                /** @description Unique numeric identifier of the subscription to be cancelled. This is the subscription ID provided when the subscription was created. */
                subscription_id: number;
            };
            cookie?: never;
        };
        /** @description Empty request body */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Subscription successfully cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Subscription does not exist */
            420: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                        type?: string;
                    };
                };
            };
            /** @description Subscription was already cancelled */
            421: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                        type?: string;
                    };
                };
            };
            /** @description Subscription is terminated and cannot be cancelled */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                        type?: string;
                    };
                };
            };
            /** @description Generic Error */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: number;
                        description?: string;
                        type?: string;
                    };
                };
            };
        };
    };
}
