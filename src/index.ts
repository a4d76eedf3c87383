export type { TypedCall } from './call.js'
export type {
  CancelFunnelFoxSubscriptionOptions,
  FunnelFoxClient,
  FunnelFoxClientHeaders,
  FunnelFoxClientOptions,
  FunnelFoxPaths,
} from './funnelfox/client.js'
export { createFunnelFoxClient, FUNNELFOX_BASE_URL } from './funnelfox/client.js'
export type { FunnelFoxErrorKinds } from './funnelfox/errors.js'
export { FUNNELFOX_ERROR_KINDS } from './funnelfox/errors.js'
export type {
  CancelOneKeySubscriptionOptions,
  OneKeyCallOptions,
  OneKeyClient,
  OneKeyClientHeaders,
  OneKeyClientOptions,
  OneKeyPaths,
} from './onekey/client.js'
export { createOneKeyClient, ONEKEY_STAGING_URL } from './onekey/client.js'
export type { OneKeyErrorKinds } from './onekey/errors.js'
export { ONEKEY_ERROR_KINDS } from './onekey/errors.js'
export type {
  OneKeySignatureScheme,
  OneKeySignedHeaders,
  OneKeyVerifyFailure,
  SignOneKeyRequestInput,
  VerifyOneKeyRequestInput,
  VerifyOneKeyResult,
} from './onekey/signing.js'
export {
  DEFAULT_ONEKEY_SCHEME,
  DEFAULT_ONEKEY_SCHEMES,
  DEFAULT_ONEKEY_TOLERANCE_SECONDS,
  formatOneKeyDate,
  importOneKeySecret,
  parseOneKeyDate,
  signOneKeyRequest,
  verifyOneKeyRequest,
} from './onekey/signing.js'
export type { CallOptions } from './operation.js'
export type {
  ApiErrorStatus,
  DeclaredStatus,
  ErrorKindMap,
  ErrorStatusOf,
  OperationAt,
  SuccessData,
  WithClientHeaders,
} from './operation-types.js'
export type { ClientOptions } from './options.js'
export type {
  AbortedError,
  ClientError,
  CommonError,
  DeclaredError,
  DeclaredErrorOf,
  InvalidBodyError,
  InvalidRequestError,
  NetworkError,
  OperationError,
  OperationResult,
  Result,
  TimeoutError,
  TransportError,
  UnexpectedStatusError,
} from './result.js'
export { SubscriptionClientError, unwrap } from './result.js'
export type { LogEntry, Logger } from './transport.js'
