/**
 * Type tests for the OneKey client: the result of cancelSubscription is a
 * discriminated union that a switch on `error.kind` covers exactly, each
 * declared variant carries its literal status and the generated body type,
 * the auth headers are not asked for, and `call` gives the same result type.
 *
 * Nothing here runs: vitest typechecks this file (vitest.config.ts), and so
 * does `tsc --noEmit`. Every `@ts-expect-error` fails the build when the
 * line below it stops being an error.
 */
import type { Client } from 'openapi-fetch'
import { describe, expectTypeOf, test } from 'vitest'
import type { operations, paths } from '../../generated/onekey.js'
import {
  type AbortedError,
  createOneKeyClient,
  type DeclaredError,
  type HookFailedError,
  type InvalidBodyError,
  type InvalidRequestError,
  type NetworkError,
  type ONEKEY_ERROR_KINDS,
  type OneKeyClient,
  SubscriptionClientError,
  type TimeoutError,
  type UnexpectedStatusError,
  unwrap,
} from '../../src/index.js'

const onekey = createOneKeyClient({ login: 'login', secretKey: 'secret' })

type Cancel = operations['cancelSubscription']
type CancelResult = Awaited<ReturnType<OneKeyClient['cancelSubscription']>>
type CancelError = NonNullable<CancelResult['error']>
/** The error body every declared OneKey error status has, written out by hand. */
type ErrorBody = { code?: number; description?: string; type?: string }
/** The 200 body: `{}` in the spec. */
type SuccessBody = Record<string, never>

type Kind =
  | 'subscription_not_found'
  | 'already_cancelled'
  | 'subscription_terminated'
  | 'generic_error'
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
      case 'subscription_not_found':
        expectTypeOf(r.error.status).toEqualTypeOf<420>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][420]['content']['application/json']>()
        expectTypeOf(r.error.message).toEqualTypeOf<string>()
        return `not found: ${r.error.body.description ?? ''}`
      case 'already_cancelled':
        expectTypeOf(r.error.status).toEqualTypeOf<421>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][421]['content']['application/json']>()
        return 'already cancelled'
      case 'subscription_terminated':
        expectTypeOf(r.error.status).toEqualTypeOf<426>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][426]['content']['application/json']>()
        return 'terminated'
      case 'generic_error':
        expectTypeOf(r.error.status).toEqualTypeOf<501>()
        expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody>()
        expectTypeOf(r.error.body).toEqualTypeOf<Cancel['responses'][501]['content']['application/json']>()
        expectTypeOf(r.error.body.code).toEqualTypeOf<number | undefined>()
        return 'generic'
      case 'unexpected_status':
        expectTypeOf(r.error).toEqualTypeOf<UnexpectedStatusError>()
        expectTypeOf(r.error.status).toEqualTypeOf<number>()
        expectTypeOf(r.error.text).toEqualTypeOf<string>()
        expectTypeOf(r.error).not.toHaveProperty('body')
        return `HTTP ${r.error.status}`
      case 'invalid_body':
        expectTypeOf(r.error).toEqualTypeOf<InvalidBodyError>()
        expectTypeOf(r.error.reason).toEqualTypeOf<string>()
        return r.error.reason
      case 'network':
        expectTypeOf(r.error).toEqualTypeOf<NetworkError>()
        expectTypeOf(r.error.cause).toEqualTypeOf<unknown>()
        return 'network'
      case 'timeout':
        expectTypeOf(r.error).toEqualTypeOf<TimeoutError>()
        expectTypeOf(r.error.scope).toEqualTypeOf<'attempt' | 'deadline'>()
        return 'timeout'
      case 'aborted':
        expectTypeOf(r.error).toEqualTypeOf<AbortedError>()
        return 'aborted'
      case 'invalid_request':
        expectTypeOf(r.error).toEqualTypeOf<InvalidRequestError>()
        expectTypeOf(r.error).not.toHaveProperty('status')
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
    expectTypeOf(r.data).toEqualTypeOf<SuccessBody>()
    expectTypeOf(r.data).toEqualTypeOf<Cancel['responses'][200]['content']['application/json']>()
    expectTypeOf(r.response).toEqualTypeOf<Response>()
    expectTypeOf(r.error).toEqualTypeOf<undefined>()
    return 'cancelled'
  }
}

/**
 * The same switch with one case left out: the `never` line is an error, and
 * what reaches `default` is exactly the variant that was left out.
 */
const missing = {
  subscription_not_found(e: CancelError): void {
    switch (e.kind) {
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'subscription_not_found', 420, ErrorBody>>()
        // @ts-expect-error 'subscription_not_found' is not handled
        const _exhaustive: never = e
      }
    }
  },
  already_cancelled(e: CancelError): void {
    switch (e.kind) {
      case 'subscription_not_found':
      case 'subscription_terminated':
      case 'generic_error':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'already_cancelled', 421, ErrorBody>>()
        // @ts-expect-error 'already_cancelled' is not handled
        const _exhaustive: never = e
      }
    }
  },
  subscription_terminated(e: CancelError): void {
    switch (e.kind) {
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'generic_error':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'subscription_terminated', 426, ErrorBody>>()
        // @ts-expect-error 'subscription_terminated' is not handled
        const _exhaustive: never = e
      }
    }
  },
  generic_error(e: CancelError): void {
    switch (e.kind) {
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return
      default: {
        expectTypeOf(e).toEqualTypeOf<DeclaredError<'generic_error', 501, ErrorBody>>()
        // @ts-expect-error 'generic_error' is not handled
        const _exhaustive: never = e
      }
    }
  },
  unexpected_status(e: CancelError): void {
    switch (e.kind) {
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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
      case 'subscription_not_found':
      case 'already_cancelled':
      case 'subscription_terminated':
      case 'generic_error':
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

describe('OneKey cancelSubscription result', () => {
  test('the exhaustive switch and the one-case-missing switches typecheck as described', () => {
    expectTypeOf(describeCancel).returns.toEqualTypeOf<string>()
    expectTypeOf(missing).toHaveProperty('invalid_request')
  })

  test('error.kind is exactly the ten kinds, no more, no fewer', () => {
    expectTypeOf<CancelError['kind']>().toEqualTypeOf<Kind>()
    expectTypeOf<keyof typeof missing>().toEqualTypeOf<Kind>()
  })

  test('each declared status is one variant with its literal status and generated body', () => {
    expectTypeOf<Variant<'subscription_not_found'>>().toEqualTypeOf<DeclaredError<'subscription_not_found', 420, ErrorBody>>()
    expectTypeOf<Variant<'already_cancelled'>>().toEqualTypeOf<DeclaredError<'already_cancelled', 421, ErrorBody>>()
    expectTypeOf<Variant<'subscription_terminated'>>().toEqualTypeOf<DeclaredError<'subscription_terminated', 426, ErrorBody>>()
    expectTypeOf<Variant<'generic_error'>>().toEqualTypeOf<DeclaredError<'generic_error', 501, ErrorBody>>()
    expectTypeOf<Extract<CancelError, { status: 420 | 421 | 426 | 501 }>['kind']>().toEqualTypeOf<
      (typeof ONEKEY_ERROR_KINDS)[420 | 421 | 426 | 501]
    >()
  })

  test('the result from a real client call: data, error, response, attempts', async () => {
    const r = await onekey.cancelSubscription(123)
    expectTypeOf(r).toEqualTypeOf<CancelResult>()
    expectTypeOf(r.attempts).toEqualTypeOf<number>()
    expectTypeOf(r.data).toEqualTypeOf<SuccessBody | undefined>()
    expectTypeOf(r.response).toEqualTypeOf<Response | undefined>()
    if (r.error === undefined) expectTypeOf(r.data).toEqualTypeOf<SuccessBody>()
    else expectTypeOf(r.data).toEqualTypeOf<undefined>()
    expectTypeOf(onekey.cancelSubscription).parameter(0).toEqualTypeOf<number | bigint | string>()
    await onekey.cancelSubscription('123', {
      maxRetries: 0,
      timeoutMs: 1_000,
      deadlineMs: 5_000,
      idempotencyKey: 'k',
      signal: AbortSignal.timeout(1),
    })
    // @ts-expect-error not a call option
    await onekey.cancelSubscription(1, { maxRetry: 0 })
    // @ts-expect-error the id is required
    await onekey.cancelSubscription()
  })

  test('unwrap returns the data type; SubscriptionClientError keeps the literal name and the kinds', async () => {
    const r = await onekey.cancelSubscription(1)
    expectTypeOf(unwrap(r)).toEqualTypeOf<SuccessBody>()
    expectTypeOf(unwrap<SuccessBody, CancelError>).returns.toEqualTypeOf<SuccessBody>()
    expectTypeOf<SubscriptionClientError['name']>().toEqualTypeOf<'SubscriptionClientError'>()
    expectTypeOf<SubscriptionClientError<CancelError>['kind']>().toEqualTypeOf<Kind>()
    expectTypeOf<SubscriptionClientError<CancelError>['error']>().toEqualTypeOf<CancelError>()
    const thrown = new SubscriptionClientError(r.error ?? { kind: 'invalid_request', message: 'x' })
    expectTypeOf(thrown.name).toEqualTypeOf<'SubscriptionClientError'>()
    expectTypeOf(thrown).toExtend<Error>()
  })
})

describe('OneKey api and call: auth headers are the client’s, the path is still the caller’s', () => {
  test('api.DELETE compiles without Content-Type, X-Date, X-Login or Authorization', async () => {
    const res = await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    // The responses are typed as openapi-fetch types them for the generated paths: loosening the headers changes nothing there.
    const raw = {} as Client<paths>
    const auth = { 'Content-Type': 'application/json', 'X-Date': 'd', 'X-Login': 'l', Authorization: 'a' }
    const rawRes = await raw.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 }, header: auth } })
    expectTypeOf(res.data).toEqualTypeOf<typeof rawRes.data>()
    expectTypeOf(res.error).toEqualTypeOf<typeof rawRes.error>()
    expectTypeOf(res.error).toEqualTypeOf<ErrorBody | undefined>()
    // Passing them, or the idempotency key, is refused: the client sets them.
    await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', {
      // @ts-expect-error the client sets X-Login and X-Idempotency-Key
      params: { path: { subscription_id: 1 }, header: { 'X-Login': 'l', 'X-Idempotency-Key': 'k' } },
      body: {},
    })
  })

  test('without the client’s loosening, the generated paths do require those headers', async () => {
    const raw = {} as Client<paths>
    // @ts-expect-error header is required by generated/onekey.ts
    await raw.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
  })

  test('api.DELETE still requires the path parameter, of the declared type, on a declared path', async () => {
    // @ts-expect-error params.path.subscription_id is missing
    await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: {} } })
    // @ts-expect-error params.path is missing
    await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: {} })
    // @ts-expect-error init (with params.path) is missing
    await onekey.api.DELETE('/v3/subscriptions/{subscription_id}')
    // @ts-expect-error subscription_id is a number in the spec
    await onekey.api.DELETE('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: '1' } } })
    // @ts-expect-error no such path
    await onekey.api.DELETE('/v3/subscription/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    // @ts-expect-error the path declares no GET
    await onekey.api.GET('/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
  })

  test('call compiles with the path, call options and idempotencyKey, and its result is cancelSubscription’s', () => {
    const r = onekey.call('DELETE', '/v3/subscriptions/{subscription_id}', {
      params: { path: { subscription_id: 1 } },
      maxRetries: 0,
      idempotencyKey: 'k',
    })
    expectTypeOf(r).toEqualTypeOf<ReturnType<OneKeyClient['cancelSubscription']>>()
    expectTypeOf(r).resolves.toEqualTypeOf<CancelResult>()
  })

  test('call still requires the path parameter, a declared path and method, and known options', () => {
    // @ts-expect-error params.path.subscription_id is missing
    void onekey.call('DELETE', '/v3/subscriptions/{subscription_id}', { params: { path: {} } })
    // @ts-expect-error init (with params.path) is missing
    void onekey.call('DELETE', '/v3/subscriptions/{subscription_id}')
    // @ts-expect-error no such path
    void onekey.call('DELETE', '/v3/subscription/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    // @ts-expect-error the path declares no POST
    void onekey.call('POST', '/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    // @ts-expect-error methods are upper case
    void onekey.call('delete', '/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } } })
    // @ts-expect-error not a call option (maxRetries)
    void onekey.call('DELETE', '/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } }, maxRetry: 0 })
    // @ts-expect-error idempotencyKey is a string
    void onekey.call('DELETE', '/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 1 } }, idempotencyKey: 1 })
  })
})
