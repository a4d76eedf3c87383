/**
 * The sandbox's initial data: the default seed, and loading + checking a seed object or JSON file.
 */
import { readFile } from 'node:fs/promises'
import { table } from '../../generated/funnelfox-operations.js'
import { schemaProblem } from '../core/schema.js'
import type { Schema, Table } from '../core/table.js'
import { parseSubscriptionId } from '../onekey/subscription-id.js'
import type { FunnelFoxSubscription, OneKeySubscription, SandboxSeed } from './types.js'

const FUNNELFOX = table as unknown as Table
/** The Subscription the spec's cancel 200 declares: every FunnelFox seed entry must be one. */
const SUBSCRIPTION: Schema = FUNNELFOX.operations['POST /subscriptions/{id}/cancel']?.responses['200']?.['application/json'] ?? false
/** Sandbox states: OneKey's spec has no subscription schema; 'broken' answers 501. */
const ONEKEY_STATUSES = ['active', 'cancelled', 'terminated', 'broken']
/** The vendors a seed lists, each optional. */
const SEED_KEYS = ['funnelfox', 'onekey']

function funnelfoxSubscription(n: number, overrides: Partial<FunnelFoxSubscription>): FunnelFoxSubscription {
  return {
    id: `sub_active_${n}`,
    psp_id: `sub_psp_${1000 + n}`,
    status: 'active',
    profile: { id: `prof_${n}`, email: `user${n}@example.com`, created_at: `2025-01-0${n}T09:00:00Z` },
    funnel: { id: 'fun_main', title: 'Main funnel', alias: 'main', type: 'default' },
    funnel_version: 3,
    funnel_locale: 'en',
    session: { id: `ses_${n}`, created_at: `2025-01-0${n}T08:55:00Z`, locale: 'en-US' },
    product_id: 'prod_monthly',
    product: { id: 'prod_monthly', name: 'Premium monthly', status: 'active' },
    price: 999,
    currency: 'USD',
    price_usd: 999,
    billing_interval: 'month',
    billing_interval_count: 1,
    payment_provider: 'stripe',
    renews: true,
    sandbox: true,
    created_at: `2025-01-0${n}T09:00:00Z`,
    updated_at: `2025-02-0${n}T09:00:00Z`,
    period_starts_at: `2025-02-0${n}T09:00:00Z`,
    period_ends_at: `2025-03-0${n}T09:00:00Z`,
    ...overrides,
  }
}

/**
 * A fresh copy of the default seed. FunnelFox: `sub_active_1..3` (active), `sub_cancelled_1` (cancelled).
 * OneKey: 1001..1003 (active), 2001 (cancelled), 3001 (terminated), 5001 (broken: answers 501).
 */
export function defaultSeed(): SandboxSeed {
  return {
    funnelfox: [
      funnelfoxSubscription(1, {}),
      funnelfoxSubscription(2, { payment_provider: 'paddle', currency: 'EUR', price: 4999, price_usd: 5399, billing_interval: 'year' }),
      funnelfoxSubscription(3, {
        payment_provider: 'solidgate',
        billing_interval: 'week',
        price: 299,
        price_usd: 299,
        trial_offer: 'free',
      }),
      funnelfoxSubscription(4, {
        id: 'sub_cancelled_1',
        status: 'cancelled',
        renews: false,
        cancelled_at: '2025-02-10T12:00:00Z',
        cancellation_reason: 'User requested cancellation',
      }),
    ],
    onekey: [
      { id: 1001, status: 'active' },
      { id: 1002, status: 'active' },
      { id: 1003, status: 'active' },
      { id: 2001, status: 'cancelled' },
      { id: 3001, status: 'terminated' },
      { id: 5001, status: 'broken' },
    ],
  }
}

/** Resolves the `seed` option: undefined → default seed, string → JSON file, object → checked deep copy. */
export async function loadSeed(seed: SandboxSeed | string | undefined): Promise<Required<SandboxSeed>> {
  if (seed === undefined) return checkSeed(defaultSeed(), 'default seed')
  if (typeof seed !== 'string') return checkSeed(structuredClone(seed), 'seed')
  let text: string
  try {
    text = await readFile(seed, 'utf8')
  } catch (error) {
    throw new Error(`seed file ${seed}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(`seed file ${seed}: not valid JSON (${(error as Error).message})`)
  }
  return checkSeed(parsed, `seed file ${seed}`)
}

/** Structural check of a seed; a missing vendor list means "no subscriptions" for that vendor. */
export function checkSeed(value: unknown, source: string): Required<SandboxSeed> {
  if (!isRecord(value)) throw new Error(`${source}: expected an object { "funnelfox": [...], "onekey": [...] }`)
  const unknown = Object.keys(value).filter((key) => !SEED_KEYS.includes(key))
  if (unknown.length > 0) {
    throw new Error(
      `${source}: unknown key ${unknown.map((k) => JSON.stringify(k)).join(', ')}; a seed has only ${SEED_KEYS.join(' and ')}`,
    )
  }
  const funnelfox = listOf(value, 'funnelfox', source)
  const onekey = listOf(value, 'onekey', source)
  const foxIds = new Set<string>()
  for (const [i, item] of funnelfox.entries()) foxIds.add(checkFunnelFox(item, `${source}: funnelfox[${i}]`, foxIds))
  const keyIds = new Set<number>()
  for (const [i, item] of onekey.entries()) keyIds.add(checkOneKey(item, `${source}: onekey[${i}]`, keyIds))
  return { funnelfox: funnelfox as FunnelFoxSubscription[], onekey: onekey as OneKeySubscription[] }
}

function listOf(seed: Record<string, unknown>, name: string, source: string): unknown[] {
  const list = seed[name]
  if (list === undefined) return []
  if (!Array.isArray(list)) throw new Error(`${source}: "${name}" must be an array`)
  return list
}

function checkFunnelFox(item: unknown, where: string, seen: Set<string>): string {
  const problem = schemaProblem(item, SUBSCRIPTION, { schemas: FUNNELFOX.schemas, direction: 'response' }, where)
  if (problem !== undefined) throw new Error(`${problem} (a seed entry must be a Subscription as specs/funnelfox.yaml declares it)`)
  const { id } = item as { id: string }
  if (id === '') throw new Error(`${where}: "id" must be a non-empty string`)
  if (seen.has(id)) throw new Error(`${where}: duplicate id ${JSON.stringify(id)}`)
  return id
}

function checkOneKey(item: unknown, where: string, seen: Set<number>): number {
  if (!isRecord(item)) throw new Error(`${where}: expected { "id": <integer>, "status": ... }`)
  const { id, status } = item
  // The client's own rule, so that every seeded subscription is one the client can cancel.
  if (typeof id !== 'number') throw new Error(`${where}: "id" must be a number, got ${id === null ? 'null' : typeof id}`)
  const parsed = parseSubscriptionId(id)
  if (!parsed.ok) throw new Error(`${where}: "id" must be one the client can send: ${parsed.message}`)
  if (typeof status !== 'string' || !ONEKEY_STATUSES.includes(status)) {
    throw new Error(`${where}: "status" must be one of ${ONEKEY_STATUSES.join(', ')}`)
  }
  if (seen.has(id)) throw new Error(`${where}: duplicate id ${id}`)
  return id
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
