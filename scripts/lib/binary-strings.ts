/**
 * Which strings the generated types give as bytes (`Blob | Uint8Array`): in
 * a request body of a media type that is not JSON (a multipart file part, an
 * octet-stream body), a string schema with `format: binary` or a content
 * media type that is not JSON. One rule, for the types (./pipeline.ts) and
 * the contract report (./contract.ts).
 */
const isJson = (media: string): boolean => /json/i.test(media)

/** Whether a request body of this media type carries bytes where its schema says binary. */
export const carriesBytes = (media: string): boolean => !isJson(media)

/** Whether a string schema is bytes in such a body. */
export function isBinaryString(schema: { format?: unknown; contentMediaType?: unknown }): boolean {
  const media = schema.contentMediaType
  return schema.format === 'binary' || (typeof media === 'string' && !isJson(media))
}
