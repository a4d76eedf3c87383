/**
 * Local sandbox emulating the FunnelFox and OneKey cancel endpoints (Node-only; for tests and local runs).
 */

export { DEFAULT_CANCELLATION_REASON } from './funnelfox.js'
export { formatLogLine } from './log-line.js'
export { defaultSeed, loadSeed } from './seed.js'
export { SANDBOX_CREDENTIALS, startSandbox } from './server.js'
export type {
  CancellationRecord,
  FunnelFoxSubscription,
  FunnelFoxSubscriptionStatus,
  OneKeySubscription,
  OneKeySubscriptionStatus,
  RequestLogEntry,
  Sandbox,
  SandboxCredentials,
  SandboxOptions,
  SandboxSeed,
  SandboxState,
  SandboxVerdict,
} from './types.js'
