/**
 * npm run specs:extract -- <page file or http(s) URL> <api> [--url <vendor page URL>] [--page <name>]
 *
 * Extracts the OpenAPI fragment of one vendor documentation page and merges
 * it into the vendor's spec: the page's operations are added, or replace
 * the ones the same page gave before, and every other page's are kept.
 * A vendor with one page keeps that page's document byte for byte as
 * specs/<api>.yaml|json; with several, each fragment is kept byte for byte in
 * specs/<api>/<page>.<ext> and specs/<api>.yaml is their deterministic
 * assembly. specs/provenance.json records each page: its url, its local copy,
 * when it was retrieved, the fragment's sha256 and the operations it holds.
 *
 * --url names the vendor's page when extracting from a local copy of it.
 * --page names the page; by default it is the URL's or file's last segment.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CliError, runCli } from './lib/cli.js'
import { isUrl, readPage } from './lib/fetch-page.js'
import { ROOT, readLintConfig } from './lib/lint-config.js'
import { sha256 } from './lib/sha256.js'
import { applyWrites, fragmentFromPage, loadFragments, planWrites, readProvenance } from './lib/spec-files.js'
import { type PageFragment, pageName, planVendor, type VendorRecord } from './lib/vendor-pages.js'

const USAGE = 'usage: npm run specs:extract -- <page file or http(s) URL> <api> [--url <vendor page URL>] [--page <name>]'

interface Args {
  source: string
  api: string
  url: string | undefined
  page: string | undefined
}

function readArgs(): Args {
  const { values, positionals } = parseArgs({ options: { url: { type: 'string' }, page: { type: 'string' } }, allowPositionals: true })
  const [source, api, ...rest] = positionals
  if (source === undefined || api === undefined || rest.length > 0) throw new CliError(USAGE)
  if (!/^[a-z][a-z0-9-]*$/.test(api)) throw new CliError(`api name "${api}" must be lowercase letters, digits and dashes`)
  if (values.url !== undefined && (!isUrl(values.url) || isUrl(source)))
    throw new CliError('--url takes an http(s) URL, and only with a local page file')
  return { source, api, url: values.url, page: values.page }
}

/** A page name from the address's last two segments (`…/details/get.md` → `details-get`), to tell apart pages whose last segments agree. */
function longerName(api: string, address: string): string {
  const parent =
    address
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split(/[/\\]/)
      .slice(-2, -1)[0] ?? ''
  const name = `${pageName(api, parent)}-${pageName(api, address)}`.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')
  return name === '' ? 'another-name' : name
}

/** Which page this is: the recorded page with the same url or copy, else a new one named by --page or by its address. */
function identify(args: Args, previous: VendorRecord | undefined): Pick<PageFragment, 'page' | 'url' | 'copy'> & { replaces?: string } {
  const url = isUrl(args.source) ? args.source : args.url
  const inRepo = isUrl(args.source) ? undefined : relative(ROOT, resolve(args.source))
  const copy = inRepo === undefined || inRepo.startsWith('..') || isAbsolute(inRepo) ? undefined : inRepo
  if (!isUrl(args.source) && copy === undefined && url === undefined) {
    throw new CliError(
      `${args.source} is outside the repository: keep the page under test/fixtures/, or pass --url so specs:update can fetch it`,
    )
  }
  const known = previous?.pages.find((p) => (url !== undefined && p.url === url) || (copy !== undefined && p.copy === copy))
  const page = args.page ?? known?.page ?? pageName(args.api, url ?? args.source)
  const taken = known === undefined && args.page === undefined ? previous?.pages.find((p) => p.page === page) : undefined
  if (taken !== undefined) {
    throw new CliError(
      `page "${page}" is already ${taken.url ?? taken.copy ?? 'another page'}; this one would replace it. ` +
        `Name this page: --page ${longerName(args.api, url ?? args.source)} (or --page ${page} to replace that page)`,
    )
  }
  const keptCopy = copy ?? known?.copy
  const keptUrl = url ?? known?.url
  return { page, ...(keptUrl ? { url: keptUrl } : {}), ...(keptCopy ? { copy: keptCopy } : {}), ...(known ? { replaces: known.page } : {}) }
}

async function main(): Promise<void> {
  const args = readArgs()
  const text = await readPage(isUrl(args.source) ? args.source : resolve(args.source))
  const provenance = readProvenance()
  const previous = provenance[args.api]
  const { replaces, ...page } = identify(args, previous)
  const incoming = fragmentFromPage(page, text)
  const others = previous === undefined ? [] : loadFragments(previous).filter((f) => f.page !== incoming.page && f.page !== replaces)
  const plan = planVendor(args.api, previous, [...others, incoming], new Date().toISOString())
  const writes = planWrites(provenance, { [args.api]: plan })
  const before = previous?.pages.find((p) => p.page === (replaces ?? incoming.page))?.sha256
  if (isUrl(args.source) && incoming.copy !== undefined && before !== sha256(incoming.extracted.text)) writes.files[incoming.copy] = text
  const touched = applyWrites(writes)

  const record = plan.record.pages.find((p) => p.page === incoming.page)
  const kind = plan.record.pages.length === 1 ? 'the page itself' : `assembled from ${plan.record.pages.length} pages`
  process.stdout.write(
    `${args.api}: page "${incoming.page}" → ${record?.fragment} (OpenAPI ${incoming.extracted.openapi}, sha256 ${record?.sha256.slice(0, 12)}…, ` +
      `${record?.operations.join(', ')}); spec ${plan.record.spec} is ${kind}\n`,
  )
  process.stdout.write(touched.length === 0 ? 'unchanged since the last extraction\n' : `wrote ${touched.join(', ')}\n`)
  const linted = readLintConfig().apis.find((a) => a.name === args.api)?.root
  if (linted !== plan.record.spec) process.stdout.write(`note: point redocly.yaml's apis.${args.api}.root at ${plan.record.spec}\n`)
  process.stdout.write('next: npm run lint:specs && npm run generate; npm run specs:diff shows what changed for users\n')
}

await runCli('specs:extract', main)
