/**
 * contract.ts bytesAsType: a binary string in a non-JSON request body is its
 * own type in the summary, as pipeline.ts bytesInRequests types it
 * (`Blob | Uint8Array`). The two disagree on which strings are binary.
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { breaksOf, compileErrors, noContent, report, spec, types } from './support.js'

const upload = (file: Json) =>
  spec({
    '/files': {
      post: {
        operationId: 'upload',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { type: 'object', required: ['file'], properties: { file, purpose: { type: 'string' } } },
            },
          },
        },
        responses: { '204': noContent },
      },
    },
  })
const body = `operations['upload']['requestBody']['content']['multipart/form-data']`

describe('a multipart field that becomes (or stops being) bytes in the types', () => {
  it('3.1 `contentMediaType: image/png` added to a string field: string → Blob | Uint8Array, calls passing a string stop compiling; today no contract change', async () => {
    const before = upload({ type: 'string' })
    const after = upload({ type: 'string', contentMediaType: 'image/png' })
    const call = `export const b: ${body} = { file: 'hello' }\n`
    expect(compileErrors(await types(before), call)).toEqual([])
    expect(compileErrors(await types(after), call)).not.toEqual([])
    const r = report(before, after)
    // today: [{ line: 'specs/acme.yaml: changed with no contract change', breaks: [], level: 'patch' }]
    expect(breaksOf(r.lines)).toContain('compile')
  })
  it('format: binary on a file three levels down (docs[].file): string → Blob | Uint8Array; today "format none → binary", patch (bytesAsType stops at depth 2)', async () => {
    const nested = (file: Json) =>
      spec({
        '/files': {
          post: {
            operationId: 'upload',
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    properties: { docs: { type: 'array', items: { type: 'object', properties: { file } } } },
                  },
                },
              },
            },
            responses: { '204': noContent },
          },
        },
      })
    const before = nested({ type: 'string' })
    const after = nested({ type: 'string', format: 'binary' })
    const call = `export const b: ${body} = { docs: [{ file: 'hello' }] }\n`
    expect(compileErrors(await types(before), call)).toEqual([])
    expect(compileErrors(await types(after), call)).not.toEqual([])
    const r = report(before, after)
    // today: [{ line: 'POST /files: request body property "docs[].file" format none → binary', breaks: [], level: 'patch' }]
    expect(breaksOf(r.lines)).toContain('compile')
  })
})
