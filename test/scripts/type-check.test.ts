/** scripts/lib/type-check.ts reads tsc's output: errors with their elaboration, and the diagnostics' numbers. */
import { describe, expect, it } from 'vitest'
import { diagnostic, formatErrors, parseTscErrors } from '../../scripts/lib/type-check.js'

const OUTPUT = `bare.ts(6,88): error TS2322: Type '{ name: string; }' is not assignable to type 'Thing0Create'.
  Type '{ name: string; }' is missing the following properties from type 'Thing0Create': currency, priority
ours.ts(1,10): error TS2305: Module '"./src/index.js"' has no exported member 'createApiClient'.
error TS5083: Cannot read file 'tsconfig.base.json'.
Files:                         162
Instantiations:             219519
Memory used:               256650K
Check time:                  2.12s
Total time:                  2.84s
`

describe('type-check output parsing', () => {
  it('reads located and global errors, with indented elaboration lines', () => {
    expect(parseTscErrors(OUTPUT)).toEqual([
      {
        file: 'bare.ts',
        line: 6,
        code: 2322,
        text: "Type '{ name: string; }' is not assignable to type 'Thing0Create'.\nType '{ name: string; }' is missing the following properties from type 'Thing0Create': currency, priority",
      },
      { file: 'ours.ts', line: 1, code: 2305, text: `Module '"./src/index.js"' has no exported member 'createApiClient'.` },
      { file: '', line: 0, code: 5083, text: "Cannot read file 'tsconfig.base.json'." },
    ])
    expect(formatErrors(parseTscErrors(OUTPUT)).split('\n')[0]).toBe(
      "bare.ts:6 TS2322 Type '{ name: string; }' is not assignable to type 'Thing0Create'.",
    )
  })

  it('reads counts, kilobytes and seconds (as ms) from --extendedDiagnostics', () => {
    expect(diagnostic(OUTPUT, 'Instantiations')).toBe(219519)
    expect(diagnostic(OUTPUT, 'Memory used')).toBe(256650)
    expect(diagnostic(OUTPUT, 'Check time')).toBe(2120)
    expect(diagnostic(OUTPUT, 'Types')).toBeNaN()
  })
})
