/**
 * What the smoke script is given and what it reports: shared by the script
 * (test/runtimes/consumer/smoke.ts, which every runtime runs) and the harness
 * (scripts/runtime-smoke.ts). Imports nothing, so the repository's typecheck
 * covers it without the packed package.
 */

export interface SmokeConfig {
  onekeyBaseUrl: string
  funnelfoxBaseUrl: string
  /** A loopback server that accepts requests and never answers them. */
  hangUrl: string
  onekey: { login: string; secretKey: string }
  funnelfoxSecret: string
}

export interface SmokeCheck {
  name: string
  ok: boolean
  detail: string
}

export interface SmokeReport {
  /** e.g. "node 22.23.3", "bun 1.4.5", "deno 2.9.6", or workerd's "Cloudflare-Workers". */
  runtime: string
  checks: SmokeCheck[]
}

/** Every runtime must report each of these, in this order. */
export const CHECK_NAMES = [
  'signed OneKey cancel',
  'repeated OneKey cancel is a typed 421',
  'FunnelFox cancel with a reason',
  'call that times out',
] as const
