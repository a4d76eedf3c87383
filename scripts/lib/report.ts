/**
 * The contract report: every change between the committed contract lock and
 * the specs as they are now, classed for a user of this package, with a
 * semver verdict. Rendered as plain text for the terminal and as Markdown for
 * a pull request body. Pure: no I/O.
 */
import { type Change, diffContracts } from './contract-diff.js'
import { addition, BREAK_LABEL, breaking, cosmetic, type Level, maxLevel } from './contract-rules.js'
import type { ContractLock } from './pipeline.js'

/** A vendor page that specs:update fetched, and whether it changed. */
export interface PageNote {
  api: string
  page: string
  from: string
  state: 'changed' | 'unchanged'
  before: string
  after: string
}

export interface ApiReport {
  api: string
  spec: string
  changes: Change[]
}

export interface Report {
  apis: ApiReport[]
  pages: PageNote[]
  verdict: Level | 'none'
}

export function compareLocks(locked: ContractLock, fresh: ContractLock, pages: PageNote[] = []): Report {
  const apis: ApiReport[] = []
  for (const api of [...new Set([...Object.keys(locked), ...Object.keys(fresh)])].sort()) {
    const was = locked[api]
    const now = fresh[api]
    const one = (spec: string, text: string, verdict: ReturnType<typeof cosmetic>): ApiReport => ({
      api,
      spec,
      changes: [{ api, subject: spec, text, ...verdict, usedBy: [] }],
    })
    if (now === undefined && was !== undefined)
      apis.push(one(was.spec, 'API removed', breaking('its types and operations are gone', 'compile')))
    else if (was === undefined && now !== undefined) apis.push(one(now.spec, 'API added', addition('a new vendor')))
    else if (was !== undefined && now !== undefined) {
      const changes = diffContracts(api, was, now)
      // Re-indented or re-serialised, the same document: no change at all.
      const sameDocument = was.documentSha256 !== undefined && was.documentSha256 === now.documentSha256
      if (changes.length === 0 && was.sha256 !== now.sha256 && !sameDocument) {
        const why = 'descriptions, examples or other parts that neither the types nor the run-time checks use'
        const text = `changed with no contract change (sha256 ${was.sha256.slice(0, 12)}… → ${now.sha256.slice(0, 12)}…)`
        apis.push(one(now.spec, text, cosmetic(why)))
      } else apis.push({ api, spec: now.spec, changes: [...changes.filter(isBreaking), ...changes.filter((c) => !isBreaking(c))] })
    }
  }
  return { apis, pages, verdict: maxLevel(apis.flatMap((a) => a.changes.map((c) => c.level))) ?? 'none' }
}

export const isBreaking = (c: Change): boolean => c.breaks.length > 0
export const allChanges = (r: Report): Change[] => r.apis.flatMap((a) => a.changes)

/** "subject: text", the line a change is known by. */
export const changeLine = (c: Change): string => `${c.subject}: ${c.text}`
const reasons = (c: Change): string => (isBreaking(c) ? c.breaks.map((b) => BREAK_LABEL[b]).join(', ') : `${c.level}`)

function counts(changes: readonly Change[]): string {
  const b = changes.filter(isBreaking).length
  const n = changes.length - b
  return `${b} breaking, ${n} non-breaking`
}

function verdictLine(r: Report): string {
  return r.verdict === 'none' ? 'no contract change: no release needed' : `${r.verdict} (${counts(allChanges(r))})`
}

export function pageLine(p: PageNote): string {
  const sha = p.state === 'changed' ? `sha256 ${p.before.slice(0, 12)}… → ${p.after.slice(0, 12)}…` : `sha256 ${p.after.slice(0, 12)}…`
  return `${p.api}/${p.page}  ${p.state}  ${sha}  (${p.from})`
}

export function renderText(r: Report, title = 'Contract report'): string {
  const out = [`${title}`]
  if (r.pages.length > 0) out.push('', 'Pages:', ...r.pages.map((p) => `  ${pageLine(p)}`))
  for (const a of r.apis) {
    out.push('', `${a.api} (${a.spec}): ${a.changes.length === 0 ? 'unchanged' : counts(a.changes)}`)
    for (const c of a.changes) {
      out.push(`  ${(isBreaking(c) ? 'BREAKING' : 'non-breaking').padEnd(13)} ${changeLine(c)}`)
      out.push(`  ${''.padEnd(13)}   ${reasons(c)}: ${c.why}`)
      if (c.usedBy.length > 0) out.push(`  ${''.padEnd(13)}   used by ${c.usedBy.join(', ')}`)
    }
  }
  out.push('', `Verdict: ${verdictLine(r)}`)
  return `${out.join('\n')}\n`
}

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``

/** "GET /x (response)" → `GET /x` (response) */
const usedByCell = (u: string): string => {
  const m = /^(\S+ \S+)( \(.*\))?$/.exec(u)
  return cell(m === null ? u : `${code(m[1] ?? '')}${m[2] ?? ''}`)
}

export function renderMarkdown(r: Report, title = 'Contract report'): string {
  const out = [`## ${title}: ${r.verdict === 'none' ? 'no contract change' : `**${r.verdict}**`}`, '']
  if (r.pages.length > 0) {
    out.push('| Page | State | sha256 | Source |', '| --- | --- | --- | --- |')
    for (const p of r.pages) {
      const sha = p.state === 'changed' ? `${p.before.slice(0, 12)}… → ${p.after.slice(0, 12)}…` : `${p.after.slice(0, 12)}…`
      out.push(`| ${code(`${p.api}/${p.page}`)} | ${p.state} | ${sha} | ${cell(p.from)} |`)
    }
    out.push('')
  }
  for (const a of r.apis) {
    out.push(`### ${a.api} (${code(a.spec)})`, '')
    if (a.changes.length === 0) {
      out.push('Unchanged.', '')
      continue
    }
    out.push('| | Change | Why |', '| --- | --- | --- |')
    for (const c of a.changes) {
      const used = c.usedBy.length > 0 ? `<br>used by ${c.usedBy.map(usedByCell).join(', ')}` : ''
      const mark = isBreaking(c) ? '**breaking**' : 'non-breaking'
      out.push(`| ${mark} | ${cell(code(c.subject))}: ${cell(c.text)}${used} | ${cell(`${reasons(c)}: ${c.why}`)} |`)
    }
    out.push('')
  }
  out.push(`**Verdict: ${verdictLine(r)}**`)
  return `${out.join('\n')}\n`
}

/** The documented exit codes of specs:update and specs:diff. */
export const EXIT = { unchanged: 0, error: 1, changed: 2, breaking: 3 } as const

export function exitCodeFor(report: Report): number {
  return report.verdict === 'none' ? EXIT.unchanged : report.verdict === 'major' ? EXIT.breaking : EXIT.changed
}
