/** Constants the client tests share. The server harness and the independent signer live in test/helpers/. */
export { closedPort } from '../helpers/fixtures.js'

export const ONEKEY_PATH = '/v3/subscriptions/{subscription_id}'
export const FOX_PATH = '/subscriptions/{id}/cancel'

/** 2020-06-21T12:33:20Z, the example date of OneKey's documentation. */
export const FIXED_DATE = '2020-06-21T12:33:20Z'
export const fixedNow = (): Date => new Date(FIXED_DATE)

/** Narrows away undefined/null, failing with a clear message. */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be defined`)
  return value
}
