/**
 * npm run test:consumer: pack the package as a user would get it, install the
 * tarball into a scratch project, compile a strict consumer file with
 * moduleResolution nodenext and bundler, run it against the sandbox, and
 * check the package with publint and arethetypeswrong.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CONSUMER_STRICT } from './lib/type-check.js'

const ROOT = resolve(import.meta.dirname, '..')
const bin = (name: string): string => resolve(ROOT, 'node_modules/.bin', name)

function run(command: string, args: string[], cwd: string): string {
  process.stdout.write(`$ ${command.split('/').pop()} ${args.join(' ')}\n`)
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
}

const STRICT = CONSUMER_STRICT

function main(): void {
  const scratch = mkdtempSync(join(tmpdir(), 'consumer-'))
  try {
    run('npm', ['run', 'build'], ROOT)
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], ROOT).trim().split('\n').pop() ?? ''
    // Deny the packed "prepare" (a repository-only script; npm counts it as a tarball's install script).
    const allowScripts = { [`file:${join(scratch, tarball)}`]: false }
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', allowScripts }))
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball), `@types/node@${versionOf('@types/node')}`],
      scratch,
    )
    copyFileSync(resolve(ROOT, 'test/consumer/consumer.ts'), join(scratch, 'consumer.ts'))
    const nodenext = {
      compilerOptions: { ...STRICT, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' },
      files: ['consumer.ts'],
    }
    const bundler = { compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }, files: ['consumer.ts'] }
    writeFileSync(join(scratch, 'tsconfig.nodenext.json'), JSON.stringify(nodenext))
    writeFileSync(join(scratch, 'tsconfig.bundler.json'), JSON.stringify(bundler))
    run(bin('tsc'), ['-p', 'tsconfig.nodenext.json'], scratch)
    run(bin('tsc'), ['-p', 'tsconfig.bundler.json'], scratch)
    process.stdout.write(run(process.execPath, ['out/consumer.js'], scratch))
    process.stdout.write(run(bin('publint'), ['run', ROOT, '--strict'], ROOT))
    process.stdout.write(run(bin('attw'), ['--pack', ROOT, '--profile', 'esm-only', '--format', 'table-flipped'], ROOT))
    process.stdout.write('consumer smoke test passed\n')
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function versionOf(name: string): string {
  return (JSON.parse(execFileSync('npm', ['pkg', 'get', `devDependencies.${name}`], { cwd: ROOT, encoding: 'utf8' })) as string) || 'latest'
}

main()
