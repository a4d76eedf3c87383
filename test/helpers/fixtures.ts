/** Test data and helpers shared across suites. */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A FunnelFox Subscription with exactly the fields specs/funnelfox.yaml requires for the 200. */
export const FOX_SUBSCRIPTION = {
  id: 'sub_1',
  psp_id: 'sub_psp_1',
  status: 'cancelled',
  profile: { id: 'prof_1', created_at: '2024-01-01T00:00:00Z' },
  funnel: { id: 'fun_1', title: 'Main funnel', alias: 'main', type: 'default' },
  funnel_version: 3,
  billing_interval: 'month',
  billing_interval_count: 1,
  price: 999,
  currency: 'USD',
  price_usd: 999,
  payment_provider: 'stripe',
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2024-02-01T00:00:00Z',
  period_starts_at: '2024-02-01T00:00:00Z',
  renews: false,
  sandbox: true,
  session: { id: 'ses_1', created_at: '2024-01-01T00:00:00Z' },
}

/** A port on 127.0.0.1 that was just bound, then released: connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
