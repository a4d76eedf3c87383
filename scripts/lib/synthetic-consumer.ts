/**
 * Consumer source files for the synthetic spec: the same calls written
 * against bare openapi-fetch (`api.GET(path, init)`) and against the
 * package's factory (`client.call('GET', path, init)`), and the exact-status
 * kind map, derived from the spec. Used by bench/types.ts and
 * test/types/scale.test.ts. Pure: returns source text.
 */
import { isObject, type Json, METHODS } from './spec-refs.js'
import { syntheticOperation, VOCABULARY_OPERATIONS } from './synthetic-spec.js'

export interface ConsumerCall {
  /** Upper case, as both APIs take it. */
  method: string
  path: string
  /** The init argument's source text; '' for none. */
  init: string
  /** Set on a call that must not compile: the directive's reason. */
  expectError?: string
}

const P = "params: { path: { thingId: 'x' } }"
const PRICE = "price: { amount: 100, currency: 'EUR' }"

/**
 * A valid init for every template, with every field that has a default
 * supplied, so it compiles whether openapi-typescript makes defaulted
 * fields required (`defaultNonNullable: true`) or optional.
 */
export const FULL_INITS: Readonly<Record<string, string>> = {
  list: "{ params: { query: { status: ['active', 'paused'], ids: ['a', 'b'], filter: { minPrice: 1 }, limit: 10 } } }",
  create: `{ params: { header: { 'Idempotency-Key': 'k' } }, body: { name: 'n', ${PRICE}, quantity: 1, currency: 'EUR', priority: 0.5 } }`,
  options: '',
  get: "{ params: { path: { thingId: 'x' }, header: { 'If-None-Match': 'e' }, cookie: { session: 's' } } }",
  replace: `{ params: { path: { thingId: 'x' }, header: { 'If-Match': 'e' } }, body: { name: 'n', ${PRICE}, quantity: 1, currency: 'EUR', priority: 0.5, version: 2 } }`,
  patch: `{ ${P}, body: { name: 'n', description: null } }`,
  delete: `{ ${P} }`,
  head: `{ ${P} }`,
  status: `{ ${P} }`,
  act: `{ ${P}, body: { type: 'cancel', reason: 'r' } }`,
  download: `{ ${P} }`,
  upload: `{ ${P}, body: new Uint8Array([1]) }`,
  files: `{ ${P}, body: { file: new Uint8Array([1]), labels: ['a'], visibility: 'private' } }`,
  note: `{ ${P}, body: 'hello' }`,
  history: "{ params: { path: { thingId: 'x' }, query: { limit: 5 } } }",
  trace: `{ ${P} }`,
  export: "{ params: { query: { columns: ['id', 'name'] } } }",
  categories: '',
  legacy: '',
  token: "{ body: { grant_type: 'client_credentials', client_id: 'c', scope: 'read' } }",
  settings: "{ body: { locale: 'en', notify: true, retries: 3, channels: ['email'] } }",
}

/** A call of template `key` on resource `index`. */
export function call(key: string, index: number, init = FULL_INITS[key] ?? '', expectError?: string): ConsumerCall {
  const op = syntheticOperation(key, index)
  return { method: op.method.toUpperCase(), path: op.path, init, ...(expectError === undefined ? {} : { expectError }) }
}

/** `perTemplate` calls of every template, spread over the resources of an `n`-operation spec. */
export function spreadCalls(n: number, perTemplate = 2): ConsumerCall[] {
  const keys = Object.keys(FULL_INITS)
  const calls: ConsumerCall[] = []
  for (const [t, key] of keys.entries()) {
    const resources = Math.floor((n - 1 - t) / VOCABULARY_OPERATIONS) + 1
    if (resources <= 0) continue
    for (let k = 0; k < perTemplate; k += 1) calls.push(call(key, Math.floor((k * (resources - 1)) / Math.max(perTemplate - 1, 1))))
  }
  return calls
}

function responsesOf(document: Json): Json[] {
  const out: Json[] = []
  for (const item of Object.values(isObject(document.paths) ? document.paths : {})) {
    for (const method of METHODS) {
      const op = isObject(item) ? item[method] : undefined
      if (isObject(op) && isObject(op.responses)) out.push(op.responses)
    }
  }
  return out
}

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/**
 * Every exact non-2xx status the spec declares, with a kind named after the
 * first `components.responses` entry used for it (`NotFound` → `not_found`),
 * or `http_<status>` for a status only declared inline.
 */
export function exactErrorKinds(document: Json): Map<number, string> {
  const kinds = new Map<number, string>()
  for (const responses of responsesOf(document)) {
    for (const [status, response] of Object.entries(responses)) {
      if (!/^[1-5]\d\d$/.test(status) || status.startsWith('2')) continue
      const ref = isObject(response) && typeof response.$ref === 'string' ? response.$ref : undefined
      const named = ref?.startsWith('#/components/responses/') ? snake(ref.slice('#/components/responses/'.length)) : undefined
      const current = kinds.get(Number(status))
      if (current === undefined || (current.startsWith('http_') && named !== undefined))
        kinds.set(Number(status), named ?? `http_${status}`)
    }
  }
  return new Map([...kinds].sort(([a], [b]) => a - b))
}

/** The first exact error kind an operation declares, for a `case` in the consumer's switch. */
function firstKind(document: Json, c: ConsumerCall, kinds: Map<number, string>): string | undefined {
  const item = isObject(document.paths) ? document.paths[c.path] : undefined
  const op = isObject(item) ? item[c.method.toLowerCase()] : undefined
  const statuses = isObject(op) && isObject(op.responses) ? Object.keys(op.responses) : []
  return statuses.map((s) => kinds.get(Number(s))).find((k) => k !== undefined)
}

const args = (c: ConsumerCall): string => `${JSON.stringify(c.path).replaceAll('"', "'")}${c.init === '' ? '' : `, ${c.init}`}`

function renderCalls(calls: readonly ConsumerCall[], invoke: (c: ConsumerCall) => string, handle: (c: ConsumerCall) => string): string {
  return calls
    .map((c) =>
      c.expectError === undefined
        ? `{\n  const r = await ${invoke(c)}\n${handle(c)}\n}`
        : `// @ts-expect-error ${c.expectError}\nawait ${invoke(c)}`,
    )
    .join('\n')
}

const USE = 'const use = (value: unknown): void => {\n  void value\n}\n'

/** A consumer of bare openapi-fetch over the generated `paths` in `typesModule`. */
export function bareConsumer(calls: readonly ConsumerCall[], typesModule = './synthetic.js'): string {
  const body = renderCalls(
    calls,
    (c) => `api.${c.method}(${args(c)})`,
    // Destructured: narrowing `r` itself gives `never` for an operation that declares no error status.
    () => '  const { data, error } = r\n  if (error) use(error)\n  else use(data)',
  )
  return `import createClient from 'openapi-fetch'
import type { paths } from '${typesModule}'

${USE}const api = createClient<paths>({ baseUrl: 'https://api.example.com', headers: { 'X-Api-Key': 'k' } })

${body}
`
}

/** A consumer of the package's `createApiClient` (src/index.ts), with the kind map derived from `document`. */
export function oursConsumer(document: Json, calls: readonly ConsumerCall[], srcIndex: string): string {
  const kinds = exactErrorKinds(document)
  const entries = [...kinds].map(([status, kind]) => `  ${status}: '${kind}',`).join('\n')
  const body = renderCalls(
    calls,
    (c) => `client.call('${c.method}', ${args(c)})`,
    (c) => {
      const kind = firstKind(document, c, kinds)
      const cases = kind === undefined ? '' : `      case '${kind}':\n        use(r.error.body)\n        break\n`
      return `  if (r.error) {\n    switch (r.error.kind) {\n${cases}      default:\n        use(r.error.message)\n    }\n  } else use(r.data)`
    },
  )
  return `import { createApiClient, type ErrorKindMap } from ${JSON.stringify(srcIndex).replaceAll('"', "'")}
import type { paths } from './synthetic.js'
import { table } from './synthetic-operations.js'

${USE}const kinds = {
${entries}
} as const satisfies ErrorKindMap<paths>

const client = createApiClient({
  vendor: 'Synthetic',
  table,
  kinds,
  baseUrl: 'https://api.example.com',
  auth: { headers: { 'X-Api-Key': 'k' } },
})

${body}
`
}
