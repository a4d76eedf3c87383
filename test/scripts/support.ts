/** Scratch copies of the repo, the scripts run in them as users run them, and a loopback page server. */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { sha256 } from '../../scripts/lib/sha256.js'
import { reply, startTestServer } from '../helpers/server.js'

export const ROOT = resolve(import.meta.dirname, '../..')
export const fixture = (name: string): string => readFileSync(resolve(ROOT, 'test/fixtures', name), 'utf8')

const COPIED = [
  'scripts',
  'src/core/table.ts',
  'src/core/body-values.ts',
  'specs',
  'generated',
  'redocly.yaml',
  'test/fixtures',
  'package.json',
  'tsconfig.json',
]

/** A copy of what the scripts read and write (and the client's media rules, which the contract report reads), with node_modules linked. Remove it with `rmSync(dir, { recursive: true })`. */
export function tempRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-repo-'))
  for (const p of COPIED) cpSync(resolve(ROOT, p), join(dir, p), { recursive: true })
  symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

const exec = promisify(execFile)

/** Runs scripts/<script>.ts of `repo` as `npm run` does (tsx), with `repo` as the working directory. */
export function runScript(repo: string, script: string, args: string[]): Promise<Run> {
  return exec(process.execPath, ['--import', 'tsx', join(repo, 'scripts', `${script}.ts`), ...args], { cwd: repo }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  )
}

/** sha256 of every file under the parts of the tree the scripts may write. */
export function snapshot(repo: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(repo, path)] = sha256(readFileSync(path))
    }
  }
  for (const p of ['specs', 'generated', 'test/fixtures']) walk(join(repo, p))
  return out
}

export const read = (repo: string, relativePath: string): string => readFileSync(join(repo, relativePath), 'utf8')

/** A page server on 127.0.0.1 (the one test server harness) that serves `pages` by path; 404 otherwise. */
export async function pageServer(pages: Map<string, string>): Promise<{ origin: string; hits: string[]; close: () => Promise<void> }> {
  const markdown = { 'content-type': 'text/markdown; charset=utf-8' }
  const hits: string[] = []
  const server = await startTestServer((request) => {
    hits.push(request.url)
    const page = pages.get(request.url)
    return page === undefined ? reply(404, 'not found', markdown) : reply(200, page, markdown)
  })
  return { origin: server.url, hits, close: () => server.close() }
}

/** What a test undoes after it: servers to close, scratch repos to remove. */
export type Cleanup = (() => Promise<void> | void)[]

/** A scratch repo whose every page url is on a loopback server serving `pages`; what undoes both goes to `cleanup`. */
export async function pageRepo(pages: Map<string, string>, cleanup: Cleanup): Promise<{ dir: string; origin: string; hits: string[] }> {
  const server = await pageServer(pages)
  cleanup.push(server.close)
  const dir = tempRepo()
  cleanup.push(() => removeRepo(dir))
  const provenance = JSON.parse(readFileSync(join(dir, 'specs/provenance.json'), 'utf8')) as Record<string, { pages: { url?: string }[] }>
  for (const vendor of Object.values(provenance)) {
    for (const p of vendor.pages) p.url = `${server.origin}${new URL(p.url ?? '').pathname}`
  }
  writeFileSync(join(dir, 'specs/provenance.json'), `${JSON.stringify(provenance, null, 2)}\n`)
  return { dir, origin: server.origin, hits: server.hits }
}
