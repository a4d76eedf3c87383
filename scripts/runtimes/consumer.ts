/**
 * The scratch consumer every runtime runs: the package built and packed as a
 * user gets it, the tarball installed by npm, the smoke sources typechecked
 * against it and bundled by esbuild, once for Node/Bun/Deno (the package left
 * as an import by name) and once as a Worker for workerd (everything inlined).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

export interface Consumer {
  dir: string
  /** The smoke script for Node, Bun and Deno. */
  script: string
  /** The directory holding worker.mjs for workerd. */
  workerDir: string
  /** The file `subscription-clients/sandbox` resolves to in the consumer. */
  sandboxEntry: string
}

function run(command: string, args: string[], cwd: string): string {
  process.stdout.write(`$ ${command.split('/').pop()} ${args.join(' ')}\n`)
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
}

/** Strict, and no Node types: the smoke script may use only what every runtime has. */
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    noEmit: true,
    skipLibCheck: false,
  },
  include: ['src'],
}

export async function prepareConsumer(root: string, dir: string): Promise<Consumer> {
  run('npm', ['run', 'build'], root)
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root).trim().split('\n').pop() ?? ''
  // The packed package.json keeps the repository's "prepare" (scripts/keep-system-node.ts, not packed), which
  // npm counts as an install script of a tarball (not of a registry package): deny it, keyed by the tarball's spec.
  const allowScripts = { [`file:${join(dir, tarball)}`]: false }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'runtime-smoke-consumer', private: true, type: 'module', allowScripts }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], dir)
  cpSync(join(root, 'test/runtimes/consumer'), join(dir, 'src'), { recursive: true })
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG))
  run(resolve(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], dir)

  const common = { bundle: true, format: 'esm', absWorkingDir: dir, logLevel: 'warning' } as const
  const script = join(dir, 'smoke.mjs')
  await build({ ...common, entryPoints: ['src/cli-entry.ts'], outfile: script, platform: 'neutral', external: ['subscription-clients'] })
  const workerDir = join(dir, 'worker')
  // node:* stays an import, so a Node built-in reaching the client runtime fails in workerd itself.
  await build({
    ...common,
    entryPoints: ['src/worker-entry.ts'],
    outfile: join(workerDir, 'worker.mjs'),
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    external: ['node:*'],
  })
  const sandboxEntry = createRequire(join(dir, 'package.json')).resolve('subscription-clients/sandbox')
  return { dir, script, workerDir, sandboxEntry }
}
