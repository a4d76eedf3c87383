/**
 * Shared helpers for the sandbox tests: plain fetch requests (no typed clients), OneKey signing with the
 * independent test signer (node:crypto), and spec validation of every response.
 */
import { expect } from 'vitest'
import { formatOneKeyDate } from '../../src/onekey/signing.js'
import type { Sandbox } from '../../src/sandbox/index.js'
import { oneKeySignedHeaders } from '../helpers/onekey-signer.js'
import { type SpecApi, validateResponse } from '../helpers/spec-validator.js'

/** Narrows away undefined, failing the test with a clear message instead of a non-null assertion. */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be defined`)
  return value
}

export const FOX_PATH = '/subscriptions/{id}/cancel'
export const ONEKEY_PATH = '/v3/subscriptions/{subscription_id}'
export const NOW = new Date('2026-03-01T10:00:00.000Z')
export const clock = (): Date => new Date(NOW)

export interface Reply {
  status: number
  headers: Headers
  text: string
  json: unknown
}

export async function toReply(res: Response): Promise<Reply> {
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as unknown }
}

/** The sandbox's fixed contract for every response: JSON content type and an exact Content-Length. */
export function expectJsonHeaders(reply: Reply): void {
  expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(reply.headers.get('content-length')).toBe(String(Buffer.byteLength(reply.text)))
}

/** Asserts the body validates against the spec's schema for this status (which must be declared). */
export function expectSpecValid(api: SpecApi, reply: Reply): void {
  const [method, path] = api === 'funnelfox' ? ['POST', FOX_PATH] : ['DELETE', ONEKEY_PATH]
  const result = validateResponse(api, method, path, reply.status, reply.json)
  expect(result.errors).toBe('')
  expect(result).toEqual({ valid: true, errors: '', undeclared: false })
  expectJsonHeaders(reply)
}

/** Asserts the status is one the spec does not declare (the sandbox's documented extras: 401/422 for OneKey). */
export function expectUndeclared(api: SpecApi, reply: Reply): void {
  const [method, path] = api === 'funnelfox' ? ['POST', FOX_PATH] : ['DELETE', ONEKEY_PATH]
  expect(validateResponse(api, method, path, reply.status, reply.json).undeclared).toBe(true)
  expectJsonHeaders(reply)
}

export interface FoxOptions {
  secret?: string | null
  body?: string
}

export async function foxCancel(sandbox: Sandbox, id: string, options: FoxOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = {}
  const secret = options.secret === undefined ? sandbox.credentials.funnelfox.secret : options.secret
  if (secret !== null) headers['Fox-Secret'] = secret
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const init: RequestInit = { method: 'POST', headers }
  if (options.body !== undefined) init.body = options.body
  return toReply(await fetch(`${sandbox.funnelfoxBaseUrl}/subscriptions/${encodeURIComponent(id)}/cancel`, init))
}

export interface OneKeyOptions {
  body?: string
  date?: string
  secretKey?: string
  login?: string
  idempotencyKey?: string
  /** Replaces the signed headers entirely (for missing / malformed header cases). */
  headers?: Record<string, string>
}

export async function signedHeaders(sandbox: Sandbox, options: OneKeyOptions = {}): Promise<Record<string, string>> {
  return oneKeySignedHeaders(
    options.secretKey ?? sandbox.credentials.onekey.secretKey,
    options.date ?? formatOneKeyDate(NOW),
    options.login ?? sandbox.credentials.onekey.login,
    options.body ?? '',
  )
}

export async function onekeyCancel(sandbox: Sandbox, id: string | number, options: OneKeyOptions = {}): Promise<Reply> {
  const headers = options.headers ?? (await signedHeaders(sandbox, options))
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.idempotencyKey !== undefined) headers['X-Idempotency-Key'] = options.idempotencyKey
  const init: RequestInit = { method: 'DELETE', headers }
  if (options.body !== undefined) init.body = options.body
  return toReply(await fetch(`${sandbox.onekeyBaseUrl}/v3/subscriptions/${id}`, init))
}
