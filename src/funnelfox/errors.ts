import type { paths } from '../../generated/funnelfox.js'
import type { ErrorKindMap } from '../core/types.js'

/**
 * FunnelFox's declared error statuses and their stable names, checked by the
 * compiler against generated/funnelfox.ts.
 */
export const FUNNELFOX_ERROR_KINDS = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
} as const satisfies ErrorKindMap<paths>

export type FunnelFoxErrorKinds = typeof FUNNELFOX_ERROR_KINDS
