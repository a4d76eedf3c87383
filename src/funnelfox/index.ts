/** `subscription-clients/funnelfox`: the FunnelFox client and its generated types, without any other vendor. */
export type { components, operations, paths } from '../../generated/funnelfox.js'
export type {
  CancelFunnelFoxSubscriptionOptions,
  FunnelFoxClient,
  FunnelFoxClientHeaders,
  FunnelFoxClientOptions,
  FunnelFoxPaths,
} from './client.js'
export { createFunnelFoxClient, FUNNELFOX_BASE_URL } from './client.js'
export type { FunnelFoxErrorKinds } from './errors.js'
export { FUNNELFOX_ERROR_KINDS } from './errors.js'
