/**
 * The fourth review's report cases: two inline specs, the contract report
 * between them, and the facts a report line is checked against: the
 * generated types (scripts/lib/pipeline.ts renderTypes, with a consumer
 * snippet compiled against them), the run-time check (src/core/schema.ts
 * over scripts/lib/runtime-schema.ts), and the request the client sends.
 */
import { summariseSpec } from '../../../scripts/lib/contract.js'
import type { Break, Level } from '../../../scripts/lib/contract-rules.js'
import { renderTypes } from '../../../scripts/lib/pipeline.js'
import { allChanges, changeLine, compareLocks } from '../../../scripts/lib/report.js'
import { runtimeTable } from '../../../scripts/lib/runtime-schema.js'
import { sha256 } from '../../../scripts/lib/sha256.js'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { schemaProblem } from '../../../src/core/schema.js'
import type { Schema } from '../../../src/core/table.js'
import { createApiClient } from '../../../src/index.js'

export { compileErrors } from '../third-review/drift-review/support.js'

export interface Line {
  line: string
  breaks: Break[]
  level: Level
}

/** A 3.x document with these paths and component schemas. */
export function spec(paths: Json, schemas: Json = {}, openapi = '3.1.0', extra: Json = {}): Json {
  return {
    openapi,
    info: { title: 't', version: '1' },
    servers: [{ url: 'https://api.acme.test' }],
    ...extra,
    paths,
    components: { schemas },
  }
}

export const jsonResponse = (schema: unknown): Json => ({ description: 'ok', content: { 'application/json': { schema } } })
export const noContent: Json = { description: 'done' }

const lockOf = (doc: Json) => ({ acme: { spec: 'specs/acme.yaml', sha256: sha256(JSON.stringify(doc)), ...summariseSpec(doc) } })

/** The report's lines (without the sha256 of a no-contract-change line) and its verdict. */
export function report(before: Json, after: Json): { verdict: string; lines: Line[] } {
  const r = compareLocks(lockOf(before), lockOf(after))
  return {
    verdict: r.verdict,
    lines: allChanges(r).map((c) => ({ line: changeLine(c).replace(/ \(sha256 [^)]*\)$/, ''), breaks: [...c.breaks], level: c.level })),
  }
}

export const breaksOf = (lines: readonly Line[]): Break[] => [...new Set(lines.flatMap((l) => l.breaks))].sort()

/** generated/acme.ts for a spec, without its header. */
export const types = (doc: Json): Promise<string> =>
  renderTypes({ api: 'acme', specPath: 'specs/acme.yaml', text: '', sha256: '', document: doc as Record<string, unknown> }).then((t) =>
    t.replace(/^\/\*\*[\s\S]*?\*\/\n/, ''),
  )

/** What the client's run-time check says of a body: undefined when it passes, else the problem. */
export function bodyProblem(
  doc: Json,
  operation: string,
  where: 'request' | { status: string },
  body: unknown,
  media = 'application/json',
) {
  const t = runtimeTable(doc)
  const op = t.operations[operation]
  const schema = where === 'request' ? op?.request?.content[media] : op?.responses[where.status]?.[media]
  if (schema === undefined || schema === null) throw new Error(`no ${media} schema for ${operation}`)
  return schemaProblem(body, schema as Schema, {
    schemas: t.schemas as Record<string, Schema>,
    direction: where === 'request' ? 'request' : 'response',
  })
}

/** The request the client sends for one call (no baseUrl given unless `baseUrl` is), answered 204. */
export async function sent(
  doc: Json,
  method: string,
  path: string,
  init: unknown = {},
  baseUrl?: string,
): Promise<{ url: string; contentType: string | null; body: string; error: unknown }> {
  const seen: Request[] = []
  const fetch = async (request: Request): Promise<Response> => {
    seen.push(request)
    return new Response(null, { status: 204 })
  }
  const client = createApiClient(
    {
      vendor: 'Acme',
      table: runtimeTable(doc),
      kinds: {},
      ...(baseUrl !== undefined && { baseUrl }),
      auth: { headers: { 'X-Api-Key': 'k' } },
    } as never,
    { fetch, sleep: async () => undefined, random: () => 0 },
  )
  const r = await (client.call as unknown as (m: string, p: string, i: unknown) => Promise<{ error?: unknown }>)(method, path, init)
  const req = seen[0]
  return {
    url: req?.url ?? '',
    contentType: req?.headers.get('content-type') ?? null,
    body: req === undefined ? '' : await req.text(),
    error: r.error,
  }
}
