/** No lone UTF-16 surrogates, which cannot be percent-encoded. */
function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

/**
 * Why a FunnelFox subscription id cannot be one, or undefined. Any id is
 * percent-encoded into its path segment anyway; this refuses what no
 * FunnelFox id contains, so a mistake is named before anything is sent.
 */
export function subscriptionIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return 'FunnelFox subscription id must be a non-empty string'
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
  if (/[/?#\s\\%\x00-\x1f\x7f-\x9f]/.test(id) || id === '.' || id === '..' || !isWellFormed(id)) {
    return `FunnelFox subscription id ${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)} contains characters that cannot be part of an id (/ ? # % \\, whitespace, control characters, lone surrogates, or is . or ..)`
  }
  return undefined
}
