/** The third review's drift cases: a vendor change's contract report, and the facts it is checked against (types, run-time table). */
import { summariseSpec } from '../../../../scripts/lib/contract.js'
import type { Break, Level } from '../../../../scripts/lib/contract-rules.js'
import { type ContractLock, renderTypes } from '../../../../scripts/lib/pipeline.js'
import { allChanges, changeLine, compareLocks } from '../../../../scripts/lib/report.js'
import { sha256 } from '../../../../scripts/lib/sha256.js'
import type { Json } from '../../../../scripts/lib/spec-refs.js'

export { runtimeTable } from '../../../../scripts/lib/runtime-schema.js'
export { applyPatch, baseSpec, type Op } from '../../../scripts/corpus.js'

export type Api = 'funnelfox' | 'onekey'

export interface Line {
  line: string
  breaks: Break[]
  level: Level
}

const lockOf = (api: Api, doc: Json): ContractLock => ({
  [api]: { spec: `specs/${api}`, sha256: sha256(JSON.stringify(doc)), ...summariseSpec(doc) },
})

/** The report's lines (subject: text, without the sha256 of a no-contract-change line) and its verdict. */
export function report(api: Api, before: Json, after: Json): { verdict: string; lines: Line[] } {
  const r = compareLocks(lockOf(api, before), lockOf(api, after))
  return {
    verdict: r.verdict,
    lines: allChanges(r).map((c) => ({ line: changeLine(c).replace(/ \(sha256 [^)]*\)$/, ''), breaks: [...c.breaks], level: c.level })),
  }
}

export const breaksOf = (lines: readonly Line[]): Break[] => [...new Set(lines.flatMap((l) => l.breaks))].sort()

/** generated/<api>.ts for a spec, without its header (which names the spec's sha256). */
export const types = (api: Api, doc: Json): Promise<string> =>
  renderTypes({ api, specPath: `specs/${api}`, text: '', sha256: '', document: doc as Record<string, unknown> }).then((t) =>
    t.replace(/^\/\*\*[\s\S]*?\*\/\n/, ''),
  )

export const S = '/components/schemas'
export const GET = '/paths/~1subscriptions~1{id}/get'
export const LIST = '/paths/~1subscriptions/get'
export const CANCEL = '/paths/~1subscriptions~1{id}~1cancel/post'
export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` })

import { runtimeTable as table } from '../../../../scripts/lib/runtime-schema.js'
import { schemaProblem } from '../../../../src/core/schema.js'
import type { Schema } from '../../../../src/core/table.js'

/** What the client's run-time check says of a JSON response body: undefined when it passes, else the problem. */
export function checkResponse(doc: Json, operation: string, status: string, body: unknown): string | undefined {
  const t = table(doc)
  const schema = t.operations[operation]?.responses[status]?.['application/json']
  if (schema === undefined || schema === null) throw new Error(`no JSON schema for ${operation} ${status}`)
  return schemaProblem(body, schema as Schema, { schemas: t.schemas as Record<string, Schema>, direction: 'response' })
}

import ts from 'typescript'

/** TypeScript's errors (strict) for `code` appended to the generated types `typesText` (so it names components, operations, paths directly). */
export function compileErrors(typesText: string, code: string): string[] {
  const name = '/virtual/use.ts'
  const text = `${typesText}\n${code}\n`
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (f, lang, onError) => (f === name ? ts.createSourceFile(f, text, lang) : getSourceFile(f, lang, onError))
  const exists = host.fileExists.bind(host)
  host.fileExists = (f) => f === name || exists(f)
  const program = ts.createProgram([name], options, host)
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
}
