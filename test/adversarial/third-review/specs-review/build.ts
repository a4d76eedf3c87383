/**
 * Generates this review's fixture clients with the project's own generator
 * (test/fixtures/build-generated.ts → scripts/lib/pipeline.ts):
 *
 *   npx tsx test/adversarial/third-review/specs-review/build.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { ROOT } from '../../../../scripts/lib/lint-config.js'
import { renderFixture } from '../../../fixtures/build-generated.js'

export const REVIEW_SPECS = [
  'test/adversarial/third-review/specs-review/stripeish.yaml',
  'test/adversarial/third-review/specs-review/paddleish.yaml',
  'test/adversarial/third-review/specs-review/edgeish.yaml',
] as const

for (const specPath of REVIEW_SPECS) {
  for (const file of await renderFixture(specPath)) {
    mkdirSync(resolve(ROOT, dirname(file.path)), { recursive: true })
    writeFileSync(resolve(ROOT, file.path), file.text)
    process.stdout.write(`written ${file.path}\n`)
  }
}
