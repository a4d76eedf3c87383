/**
 * The building blocks of the synthetic spec's operations
 * (scripts/lib/synthetic-paths.ts): the template and resource types, small
 * builders, and the shared `components` (responses, parameters, headers)
 * every operation references. Pure.
 */
import type { Json } from './spec-refs.js'
import { type Dialect, ref } from './synthetic-schemas.js'

export type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace'

/** One resource's names: `Thing3` → `/things3`. */
export interface Resource {
  name: string
  base: string
  d: Dialect
}

export interface Template {
  /** Stable key of the template, e.g. "list". */
  key: string
  method: Method
  path(res: Resource): string
  operation(res: Resource): Json
}

export const json = (schema: Json): Json => ({ 'application/json': { schema } })
export const res = (name: string): Json => ({ $ref: `#/components/responses/${name}` })
export const param = (name: string): Json => ({ $ref: `#/components/parameters/${name}` })
export const header = (name: string): Json => ({ $ref: `#/components/headers/${name}` })
const errorBody = json(ref('Error'))

function errorResponse(description: string, extra: Json = {}): Json {
  return { description, content: errorBody, ...extra }
}

/** `components.responses`, `components.parameters` and `components.headers`. */
export function sharedComponents(): Json {
  const retry = { headers: { 'Retry-After': header('RetryAfter'), 'X-Request-Id': header('RequestId') } }
  return {
    responses: {
      BadRequest: errorResponse('The request is malformed.'),
      Unauthorized: errorResponse('Missing or wrong API key.', { headers: { 'WWW-Authenticate': { schema: { type: 'string' } } } }),
      NotFound: errorResponse('No such resource.'),
      Conflict: errorResponse('The resource changed meanwhile.'),
      PreconditionFailed: errorResponse('If-Match did not match.'),
      PayloadTooLarge: errorResponse('The upload is too large.'),
      UnprocessableProblem: {
        description: 'Valid JSON, invalid values.',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      },
      TooManyRequests: errorResponse('Slow down.', retry),
      ServiceUnavailable: errorResponse('Try again later.', retry),
      ClientError: errorResponse('Any other client error.'),
      ServerError: { description: 'Any server error.', content: { 'application/problem+json': { schema: ref('Problem') } } },
      Unexpected: errorResponse('Anything else.'),
    },
    parameters: {
      ThingId: { in: 'path', name: 'thingId', required: true, description: 'Resource id.', schema: { type: 'string', minLength: 1 } },
      RequestId: { in: 'header', name: 'X-Request-Id', description: 'Correlation id.', schema: { type: 'string', format: 'uuid' } },
      IdempotencyKey: { in: 'header', name: 'Idempotency-Key', required: true, schema: { type: 'string', maxLength: 64 } },
      Limit: { in: 'query', name: 'limit', description: 'Page size.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
      Cursor: { in: 'query', name: 'cursor', description: 'From PageInfo.nextCursor.', schema: { type: 'string' } },
      Session: { in: 'cookie', name: 'session', description: 'Browser session.', schema: { type: 'string' } },
    },
    headers: {
      RetryAfter: { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 0 } },
      RequestId: { description: 'Correlation id.', schema: { type: 'string' } },
      ETag: { description: 'Entity tag.', schema: { type: 'string' } },
      RateLimitRemaining: { description: 'Calls left in the window.', schema: { type: 'integer' } },
    },
  }
}

/** A response with optional content and headers. */
export const ok = (description: string, content?: Json, headers?: Json): Json => ({
  description,
  ...(headers === undefined ? {} : { headers }),
  ...(content === undefined ? {} : { content }),
})
export const binary: Json = { type: 'string', format: 'binary' }
/** The path of one resource item. */
export const item = (r: Resource): string => `${r.base}/{thingId}`
