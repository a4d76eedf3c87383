import type { paths } from '../../generated/onekey.js'
import type { ErrorKindMap } from '../core/types.js'

/**
 * OneKey's declared error statuses and their stable names. The compiler
 * checks this map against generated/onekey.ts: a status the spec adds or
 * drops fails the build here until it is named.
 */
export const ONEKEY_ERROR_KINDS = {
  420: 'subscription_not_found',
  421: 'already_cancelled',
  426: 'subscription_terminated',
  501: 'generic_error',
} as const satisfies ErrorKindMap<paths>

export type OneKeyErrorKinds = typeof ONEKEY_ERROR_KINDS
