/** HTTP methods, and what each may carry: one place for the rules the request path and `api` share. */

/** What fetch can send. CONNECT and TRACE are forbidden methods in the Fetch standard. */
export const SENDABLE_METHODS: readonly string[] = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']

/** GET and HEAD requests have no body in fetch. */
export const carriesBody = (method: string): boolean => method !== 'GET' && method !== 'HEAD'

/** Methods that change state get an idempotency key; safe ones do not. */
export const takesIdempotencyKey = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(method)
