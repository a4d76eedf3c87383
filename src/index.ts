/** Every public export, by name. Each vendor is also its own entry point: `subscription-clients/funnelfox`, `subscription-clients/onekey`. */
export type { Signer } from './core/attempt.js'
export type {
  ApiClient,
  ApiClientConfig,
  HeaderAuth,
  IdempotencyCallOptions,
  IdempotencyConfig,
  SignerAuth,
} from './core/create-client.js'
export { createApiClient } from './core/create-client.js'
export type { HookName } from './core/hooks.js'
export type { CallOptions, ClientOptions, LogEntry, Logger } from './core/options.js'
export type { ReadView, WriteView } from './core/read-write.js'
export type {
  AbortedError,
  ClientError,
  CommonError,
  DeclaredError,
  HookFailedError,
  InvalidBodyError,
  InvalidRequestError,
  NetworkError,
  Result,
  TimeoutError,
  TransportError,
  UnexpectedStatusError,
} from './core/result.js'
export { SubscriptionClientError, unwrap } from './core/result.js'
export type { GeneratedTable } from './core/table.js'
export type {
  ApiErrorStatus,
  BodyOf,
  CallInit,
  DeclaredErrorOf,
  DeclaredStatus,
  ErrorKindMap,
  ErrorRangeOf,
  ErrorStatusOf,
  Method,
  OperationAt,
  OperationError,
  OperationResult,
  StatusRange,
  SuccessData,
  TypedCall,
  WithClientHeaders,
} from './core/types.js'
export type {
  CancelFunnelFoxSubscriptionOptions,
  FunnelFoxClient,
  FunnelFoxClientHeaders,
  FunnelFoxClientOptions,
  FunnelFoxErrorKinds,
  FunnelFoxPaths,
} from './funnelfox/index.js'
export { createFunnelFoxClient, FUNNELFOX_BASE_URL, FUNNELFOX_ERROR_KINDS } from './funnelfox/index.js'
export type {
  CancelOneKeySubscriptionOptions,
  OneKeyCallOptions,
  OneKeyClient,
  OneKeyClientHeaders,
  OneKeyClientOptions,
  OneKeyErrorKinds,
  OneKeyMac,
  OneKeyPaths,
  OneKeySignatureScheme,
  OneKeySignedHeaders,
  OneKeyVerifyFailure,
  SignOneKeyRequestInput,
  VerifyOneKeyRequestInput,
  VerifyOneKeyResult,
} from './onekey/index.js'
export {
  createOneKeyClient,
  createOneKeyMac,
  DEFAULT_ONEKEY_SCHEME,
  DEFAULT_ONEKEY_SCHEMES,
  DEFAULT_ONEKEY_TOLERANCE_SECONDS,
  formatOneKeyDate,
  importOneKeySecret,
  ONEKEY_ERROR_KINDS,
  ONEKEY_STAGING_URL,
  parseOneKeyDate,
  signOneKeyRequest,
  verifyOneKeyRequest,
} from './onekey/index.js'
