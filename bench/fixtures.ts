/** A valid FunnelFox 200 body and the stub fetches the benchmarks share. */
export const SUBSCRIPTION = {
  id: 'sub_1',
  psp_id: 'psp_1',
  status: 'cancelled',
  profile: { id: 'prof_1', created_at: '2025-01-01T09:00:00Z' },
  funnel: { id: 'fun_1', title: 'Main', alias: 'main', type: 'default' },
  funnel_version: 3,
  session: { id: 'ses_1', created_at: '2025-01-01T08:55:00Z' },
  price: 999,
  currency: 'USD',
  price_usd: 999,
  billing_interval: 'month',
  billing_interval_count: 1,
  payment_provider: 'stripe',
  renews: false,
  sandbox: true,
  created_at: '2025-01-01T09:00:00Z',
  updated_at: '2025-02-01T09:00:00Z',
  period_starts_at: '2025-02-01T09:00:00Z',
  cancelled_at: '2025-02-10T12:00:00Z',
  cancellation_reason: 'Too expensive',
}

export const SUBSCRIPTION_TEXT = JSON.stringify(SUBSCRIPTION)
export const JSON_HEADERS = { 'content-type': 'application/json' }

/** A fetch that answers at once, reading the request body like a server would. */
export function stubFetch(text: string): (request: Request) => Promise<Response> {
  return async (request) => {
    await request.arrayBuffer()
    return new Response(text, { status: 200, headers: JSON_HEADERS })
  }
}
