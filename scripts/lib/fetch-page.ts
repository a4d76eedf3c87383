/** Reading a vendor page: an http(s) URL, or a file. Errors are one line. */
import { existsSync, readFileSync } from 'node:fs'

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source)

const TIMEOUT_MS = 30_000

/** The page's text. `path` is a file path, already resolved by the caller. */
export async function readPage(source: string): Promise<string> {
  if (!isUrl(source)) {
    if (!existsSync(source)) throw new Error(`no such page: ${source}`)
    return readFileSync(source, 'utf8')
  }
  let response: Response
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' })
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause
    throw new Error(`cannot reach ${source}: ${cause?.code ?? cause?.message ?? (e as Error).message}`)
  }
  if (!response.ok) throw new Error(`cannot fetch ${source}: HTTP ${response.status}`)
  return response.text()
}
