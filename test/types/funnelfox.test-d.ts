/**
 * Type tests for the FunnelFox client: the result of cancelSubscription is a
 * discriminated union that a switch on `error.kind` covers exactly, each
 * declared variant carries its literal status and the generated body type,
 * `data` is the generated subscription, Fox-Secret is not asked for, and
 * `call` gives the same result type.
 *
 * Nothing here runs: vitest typechecks this file (vitest.config.ts), and so
 * does `tsc --noEmit`. Every `@ts-expect-error` fails the build when the
 * line below it stops being an error.
 */
import type { Client } from 'openapi-fetch'
import { describe, expectTypeOf, test } from 'vitest'
import type { operations, paths } from '../../generated/funnelfox.js'
import {
  type AbortedError,
  createFunnelFoxClient,
  type DeclaredError,
  type FUNNELFOX_ERROR_KINDS,
  type FunnelFoxClient,
  type HookFailedError,
  type InvalidBodyError,
  type InvalidRequestError,
  type NetworkError,
  type SubscriptionClientError,
  type TimeoutError,
  type UnexpectedStatusError,
  unwrap,
} from '../../src/index.js'

const funnelfox = createFunnelFoxClient({ secret: 'secret' })

type Cancel = operations['SubscriptionCancel']
type CancelResult = Awaited<ReturnType<FunnelFoxClient['cancelSubscription']>>
type CancelError = NonNullable<CancelResult['error']>
/** The error body of every declared FunnelFox error status, written out by hand. */
type ErrorBody = { message: string }
/** The 200 body: the cancelled subscription, as generated. */
type Subscription = Cancel['responses'][200]['content']['application/json']
type SubscriptionStatus = 'created' | 'trialing' | 'active' | 'paused' | 'cancelled' | 'expired' | 'unpaid'

type Kind =
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'unexpected_status'
  | 'invalid_body'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid_request'
  | 'hook_failed'

type Variant<K extends Kind> = Extract<CancelError, { kind: K }>

/** The exhaustive handler: one case per kind, and `never` left over. */
function describeCancel(r: CancelResult): string {
  expectTypeOf(r.attempts).toEqualTypeOf<number>()
  if (r.error) {
    switch (r.error.kind) {
      case 'bad_request':
        expectTypeOf(r.error.status).toEqualTypeOf<400>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][400]['content']['application/json']>()
        return r.error.body.message
      case 'unauthorized':
        expectTypeOf(r.error.status).toEqualTypeOf<401>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][401]['content']['application/json']>()
        return r.error.body.message
      case 'not_found':
        expectTypeOf(r.error.status).toEqualTypeOf<404>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][404]['content']['application/json']>()
        return r.error.body.message
      case 'unexpected_status':
        expectTypeOf(r.error).toEqualTypeOf<UnexpectedStatusError>()
        expectTypeOf(r.error.status).toEqualTypeOf<number>()
        expectTypeOf(r.error).not.toHaveProperty('body')
        return `HTTP ${r.error.status}`
      case 'invalid_body':
        expectTypeOf(r.error).toEqualTypeOf<InvalidBodyError>()
        return r.error.reason
      case 'network':
        expectTypeOf(r.error).toEqualTypeOf<NetworkError>()
        return 'network'
      case 'timeout':
        expectTypeOf(r.error).toEqualTypeOf<TimeoutError>()
        return r.error.scope
      case 'aborted':
        expectTypeOf(r.error).toEqualTypeOf<AbortedError>()
        return 'aborted'
      case 'invalid_request':
        expectTypeOf(r.error).toEqualTypeOf<InvalidRequestError>()
        return r.error.message
      case 'hook_failed':
        expectTypeOf(r.error).toEqualTypeOf<HookFailedError>()
        return r.error.hook
      default: {
        const _exhaustive: never = r.error
        return _exhaustive
      }
    }
  } else {
    expectTypeOf(r.data).toEqualTypeOf<Subscription>()
    expectTypeOf(r.data.status).toEqualTypeOf<SubscriptionStatus>()
    expectTypeOf(r.data.id).toEqualTypeOf<string>()
    expectTypeOf(r.data.cancelled_at).toEqualTypeOf<string | undefined>()
    expectTypeOf(r.data.payment_provider).toEqualTypeOf<'stripe' | 'paddle' | 'paypal' | 'braintree' | 'solidgate'>()
    expectTypeOf(r.response).toEqualTypeOf<Response>()
    return r.data.status
  }
}

/**
 * The same switch with one case left out: the `never` line is an error, and
 * what reaches `default` is exactly the variant that was left out.
 */
const missing = {
  bad_request(e: CancelError): void {
    switch (e.kind) {
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'bad_request', 400, ErrorBody>>()
        // @ts-expect-error 'bad_request' is not handled
        const _exhaustive: never = e
      }
    }
  },
  unauthorized(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'unauthorized', 401, ErrorBody>>()
        // @ts-expect-error 'unauthorized' is not handled
        const _exhaustive: never = e
      }
    }
  },
  not_found(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'not_found', 404, ErrorBody>>()
        // @ts-expect-error 'not_found' is not handled
        const _exhaustive: never = e
      }
    }
  },
  unexpected_status(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<UnexpectedStatusError>()
        // @ts-expect-error 'unexpected_status' is not handled
        const _exhaustive: never = e
      }
    }
  },
  invalid_body(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<InvalidBodyError>()
        // @ts-expect-error 'invalid_body' is not handled
        const _exhaustive: never = e
      }
    }
  },
  network(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<NetworkError>()
        // @ts-expect-error 'network' is not handled
        const _exhaustive: never = e
      }
    }
  },
  timeout(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<TimeoutError>()
        // @ts-expect-error 'timeout' is not handled
        const _exhaustive: never = e
      }
    }
  },
  aborted(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<AbortedError>()
        // @ts-expect-error 'aborted' is not handled
        const _exhaustive: never = e
      }
    }
  },
  invalid_request(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<InvalidRequestError>()
        // @ts-expect-error 'invalid_request' is not handled
        const _exhaustive: never = e
      }
    }
  },
  hook_failed(e: CancelError): void {
    switch (e.kind) {
      case 'bad_request':
      case 'unauthorized':
      case 'not_found':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<HookFailedError>()
        // @ts-expect-error 'hook_failed' is not handled
        const _exhaustive: never = e
      }
    }
  },
} satisfies { [K in Kind]: (e: CancelError) => void }

describe('FunnelFox cancelSubscription result', () => {
  test('the exhaustive switch and the one-case-missing switches typecheck as described', () => {
    expectTypeOf(describeCancel).returns.toEqualTypeOf<string>()
    expectTypeOf(missing).toHaveProperty('invalid_request')
  })

  test('error.kind is exactly the nine kinds, no more, no fewer', () => {
    expectTypeOf<CancelError['kind']>().toEqualTypeOf<Kind>()
    expectTypeOf<keyof typeof missing>().toEqualTypeOf<Kind>()
  })

  test('each declared status is one variant with its literal status and generated body', () => {
    expectTypeOf<Variant<'bad_request'>>().toEqualTypeOf<DeclaredError<'bad_request', 400, ErrorBody>>()
    expectTypeOf<Variant<'unauthorized'>>().toEqualTypeOf<DeclaredError<'unauthorized', 401, ErrorBody>>()
    expectTypeOf<Variant<'not_found'>>().toEqualTypeOf<DeclaredError<'not_found', 404, ErrorBody>>()
    expectTypeOf<Extract<CancelError, { status: 400 | 401 | 404 }>['kind']>().toEqualTypeOf<
      (typeof FUNNELFOX_ERROR_KINDS)[400 | 401 | 404]
    >()
  })

  test('data.status is the generated enum union', () => {
    expectTypeOf<Subscription['status']>().toEqualTypeOf<SubscriptionStatus>()
    // @ts-expect-error 'canceled' (one l) is not a FunnelFox status
    const _status: Subscription['status'] = 'canceled'
  })

  test('the result from a real client call: data, error, response, attempts', async () => {
    const r = await funnelfox.cancelSubscription('sub_1', { reason: 'too expensive', maxRetries: 0 })
    expectTypeOf(r).toEqualTypeOf<CancelResult>()
    expectTypeOf(r.attempts).toEqualTypeOf<number>()
    expectTypeOf(r.data).toEqualTypeOf<Subscription | undefined>()
    if (r.error === undefined) expectTypeOf(r.data.status).toEqualTypeOf<SubscriptionStatus>()
    else expectTypeOf(r.data).toEqualTypeOf<undefined>()
    // @ts-expect-error FunnelFox ids are strings
    await funnelfox.cancelSubscription(1)
    // @ts-expect-error idempotencyKey is a OneKey option
    await funnelfox.cancelSubscription('sub_1', { idempotencyKey: 'k' })
  })

  test('unwrap returns the data type; SubscriptionClientError keeps the literal name and the kinds', async () => {
    const r = await funnelfox.cancelSubscription('sub_1')
    expectTypeOf(unwrap(r)).toEqualTypeOf<Subscription>()
    expectTypeOf(unwrap(r).status).toEqualTypeOf<SubscriptionStatus>()
    expectTypeOf<SubscriptionClientError['name']>().toEqualTypeOf<'SubscriptionClientError'>()
    expectTypeOf<SubscriptionClientError<CancelError>['kind']>().toEqualTypeOf<Kind>()
  })
})

describe('FunnelFox api and call: Fox-Secret is the client’s, the path is still the caller’s', () => {
  test('api.POST compiles without Fox-Secret', async () => {
    const res = await funnelfox.api.POST('/subscriptions/{id}/cancel', { params: { path: { id: 'x' } } })
    const raw = {} as Client<paths>
    const rawRes = await raw.POST('/subscriptions/{id}/cancel', { params: { path: { id: 'x' }, header: { 'Fox-Secret': 's' } } })
    expectTypeOf(res.data).toEqualTypeOf<typeof rawRes.data>()
    expectTypeOf(res.error).toEqualTypeOf<typeof rawRes.error>()
    expectTypeOf(res.error).toEqualTypeOf<ErrorBody | undefined>()
    if (res.data) expectTypeOf(res.data.status).toEqualTypeOf<SubscriptionStatus>()
    await funnelfox.api.POST('/subscriptions/{id}/cancel', {
      // @ts-expect-error the client sets Fox-Secret: it cannot be passed
      params: { path: { id: 'x' }, header: { 'Fox-Secret': 's' } },
      body: { reason: 'r' },
    })
    // @ts-expect-error reason is a string
    await funnelfox.api.POST('/subscriptions/{id}/cancel', { params: { path: { id: 'x' } }, body: { reason: 1 } })
  })

  test('without the client’s loosening, the generated paths do require Fox-Secret', async () => {
    const raw = {} as Client<paths>
    // @ts-expect-error header is required by generated/funnelfox.ts
    await raw.POST('/subscriptions/{id}/cancel', { params: { path: { id: 'x' } } })
  })

  test('api.POST still requires the path parameter, on a declared path and method', async () => {
    // @ts-expect-error params.path.id is missing
    await funnelfox.api.POST('/subscriptions/{id}/cancel', { params: { path: {} } })
    // @ts-expect-error params.path is missing
    await funnelfox.api.POST('/subscriptions/{id}/cancel', { params: {} })
    // @ts-expect-error init (with params.path) is missing
    await funnelfox.api.POST('/subscriptions/{id}/cancel')
    // @ts-expect-error id is a string
    await funnelfox.api.POST('/subscriptions/{id}/cancel', { params: { path: { id: 1 } } })
    // @ts-expect-error no such path
    await funnelfox.api.POST('/subscriptions/{id}/cancell', { params: { path: { id: 'x' } } })
    // @ts-expect-error the path declares no DELETE
    await funnelfox.api.DELETE('/subscriptions/{id}/cancel', { params: { path: { id: 'x' } } })
  })

  test('call compiles without Fox-Secret, and its result is cancelSubscription’s', () => {
    const r = funnelfox.call('POST', '/subscriptions/{id}/cancel', { params: { path: { id: 'x' } }, body: { reason: 'r' }, maxRetries: 0 })
    expectTypeOf(r).toEqualTypeOf<ReturnType<FunnelFoxClient['cancelSubscription']>>()
    expectTypeOf(r).resolves.toEqualTypeOf<CancelResult>()
  })

  test('call still requires the path parameter, a declared path and method, and known options', () => {
    // @ts-expect-error params.path.id is missing
    void funnelfox.call('POST', '/subscriptions/{id}/cancel', { params: { path: {} } })
    // @ts-expect-error init (with params.path) is missing
    void funnelfox.call('POST', '/subscriptions/{id}/cancel')
    // @ts-expect-error no such path
    void funnelfox.call('POST', '/subscriptions/{id}', { params: { path: { id: 'x' } } })
    // @ts-expect-error the path declares no GET
    void funnelfox.call('GET', '/subscriptions/{id}/cancel', { params: { path: { id: 'x' } } })
    // @ts-expect-error idempotencyKey is a OneKey call option
    void funnelfox.call('POST', '/subscriptions/{id}/cancel', { params: { path: { id: 'x' } }, idempotencyKey: 'k' })
  })
})
