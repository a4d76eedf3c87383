/** `subscription-clients/onekey`: the OneKey client, its signing helpers and its generated types, without any other vendor. */
export type { components, operations, paths } from '../../generated/onekey.js'
export type {
  CancelOneKeySubscriptionOptions,
  OneKeyCallOptions,
  OneKeyClient,
  OneKeyClientHeaders,
  OneKeyClientOptions,
  OneKeyPaths,
} from './client.js'
export { createOneKeyClient, ONEKEY_STAGING_URL } from './client.js'
export type { OneKeyErrorKinds } from './errors.js'
export { ONEKEY_ERROR_KINDS } from './errors.js'
export type {
  OneKeyMac,
  OneKeySignatureScheme,
  OneKeySignedHeaders,
  OneKeyVerifyFailure,
  SignOneKeyRequestInput,
  VerifyOneKeyRequestInput,
  VerifyOneKeyResult,
} from './signing.js'
export {
  createOneKeyMac,
  DEFAULT_ONEKEY_SCHEME,
  DEFAULT_ONEKEY_SCHEMES,
  DEFAULT_ONEKEY_TOLERANCE_SECONDS,
  formatOneKeyDate,
  importOneKeySecret,
  parseOneKeyDate,
  signOneKeyRequest,
  verifyOneKeyRequest,
} from './signing.js'
