/**
 * Public types of the local sandbox that emulates the FunnelFox and OneKey cancel endpoints.
 */
import type { operations as FunnelFoxOperations } from '../../generated/funnelfox.js'
import type { OneKeyVerifyFailure } from '../onekey/signing.js'

/** A FunnelFox Subscription exactly as the spec's 200 response declares it. */
export type FunnelFoxSubscription = FunnelFoxOperations['SubscriptionCancel']['responses'][200]['content']['application/json']

export type FunnelFoxSubscriptionStatus = FunnelFoxSubscription['status']

/** 'broken' is a sandbox-only state: cancelling it answers 501 Generic Error. */
export type OneKeySubscriptionStatus = 'active' | 'cancelled' | 'terminated' | 'broken'

export interface OneKeySubscription {
  id: number
  status: OneKeySubscriptionStatus
}

export interface SandboxSeed {
  funnelfox?: FunnelFoxSubscription[]
  onekey?: OneKeySubscription[]
}

export interface SandboxCredentials {
  funnelfox: { secret: string }
  onekey: { login: string; secretKey: string }
}

/** How the request's credentials were judged; `replayed` is an idempotent replay (signature was ok). */
export type SandboxVerdict = 'auth=ok' | `auth=${OneKeyVerifyFailure}` | 'auth=none' | 'replayed'

export interface RequestLogEntry {
  /** ISO time the request arrived (from the sandbox clock `now`). */
  at: string
  method: string
  /** Path without the query string. */
  path: string
  status: number
  verdict: SandboxVerdict
  durationMs: number
}

export interface CancellationRecord {
  api: 'funnelfox' | 'onekey'
  id: string | number
  at: string
}

export interface SandboxState {
  /** FunnelFox subscriptions by id; mutated in place by successful cancels. */
  readonly funnelfox: Map<string, FunnelFoxSubscription>
  /** OneKey subscriptions by numeric id; mutated in place by successful cancels. */
  readonly onekey: Map<number, OneKeySubscription>
  /** Every request received, in arrival-completion order. Never holds headers or bodies. */
  readonly requests: RequestLogEntry[]
  /** One entry per state change (a subscription actually cancelled). */
  readonly cancellations: CancellationRecord[]
  readonly requestCount: number
}

export interface SandboxOptions {
  /** Default 0: an ephemeral port. */
  port?: number
  /** Default '127.0.0.1'. */
  host?: string
  /** A seed object or a path to a JSON seed file. Default: `defaultSeed()`. */
  seed?: SandboxSeed | string
  credentials?: Partial<SandboxCredentials>
  /** The sandbox clock: timestamps and the OneKey X-Date freshness check. Default: `() => new Date()`. */
  now?: () => Date
  /** Called with one line per request; the line never contains a secret. */
  log?: (line: string) => void
}

export interface Sandbox {
  /** e.g. `http://127.0.0.1:4010` */
  url: string
  /** `${url}/public/v1` */
  funnelfoxBaseUrl: string
  /** Same as `url`. */
  onekeyBaseUrl: string
  state: SandboxState
  credentials: SandboxCredentials
  /** Stops listening and destroys every open socket (idle keep-alive ones too). Safe to call twice. */
  close(): Promise<void>
}
