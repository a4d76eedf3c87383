/**
 * The operations of the synthetic spec (scripts/lib/synthetic-spec.ts): one
 * template per piece of the OpenAPI vocabulary, instantiated once per
 * resource. The collection and item templates are here, the sub-resource
 * and side ones in scripts/lib/synthetic-subpaths.ts. Pure.
 */

import { header, item, json, ok, param, res, type Template } from './synthetic-components.js'
import { ref } from './synthetic-schemas.js'
import { actionTemplates, sideTemplates } from './synthetic-subpaths.js'

export type { Method, Resource, Template } from './synthetic-components.js'
export { sharedComponents } from './synthetic-components.js'

function collectionTemplates(): Template[] {
  return [
    {
      key: 'list',
      method: 'get',
      path: (r) => r.base,
      operation: (r) => ({
        summary: `List ${r.name}s`,
        parameters: [
          { in: 'query', name: 'status', description: 'Form, exploded.', schema: { type: 'array', items: ref('Status') } },
          {
            in: 'query',
            name: 'ids',
            style: 'form',
            explode: false,
            description: 'Comma-separated.',
            schema: { type: 'array', items: { type: 'string' } },
          },
          {
            in: 'query',
            name: 'filter',
            style: 'deepObject',
            explode: true,
            schema: {
              type: 'object',
              properties: {
                minPrice: { type: 'integer' },
                maxPrice: { type: 'integer' },
                createdAfter: { type: 'string', format: 'date-time' },
              },
            },
          },
          param('Limit'),
          param('Cursor'),
          param('RequestId'),
        ],
        responses: {
          200: ok('A page.', json(ref(`${r.name}Page`)), {
            'X-Request-Id': header('RequestId'),
            'X-RateLimit-Remaining': header('RateLimitRemaining'),
          }),
          400: res('BadRequest'),
          401: res('Unauthorized'),
          '4XX': res('ClientError'),
          '5XX': res('ServerError'),
        },
      }),
    },
    {
      key: 'create',
      method: 'post',
      path: (r) => r.base,
      operation: (r) => ({
        summary: `Create a ${r.name}`,
        parameters: [param('IdempotencyKey')],
        requestBody: { required: true, content: json(ref(`${r.name}Create`)) },
        responses: {
          201: ok('Created.', json(ref(r.name)), { Location: { schema: { type: 'string', format: 'uri' } } }),
          400: res('BadRequest'),
          409: res('Conflict'),
          422: res('UnprocessableProblem'),
          default: res('Unexpected'),
        },
      }),
    },
    {
      key: 'options',
      method: 'options',
      path: (r) => r.base,
      operation: (r) => ({
        summary: `Methods allowed on ${r.base}`,
        responses: { 204: ok('No content.', undefined, { Allow: { schema: { type: 'string' } } }), '4XX': res('ClientError') },
      }),
    },
  ]
}

function itemTemplates(): Template[] {
  return [
    {
      key: 'get',
      method: 'get',
      path: item,
      operation: (r) => ({
        summary: `Get a ${r.name}`,
        parameters: [param('Session'), { in: 'header', name: 'If-None-Match', schema: { type: 'string' } }],
        responses: { 200: ok('Found.', json(ref(r.name)), { ETag: header('ETag') }), 404: res('NotFound'), default: res('Unexpected') },
      }),
    },
    {
      key: 'replace',
      method: 'put',
      path: item,
      operation: (r) => ({
        summary: `Replace a ${r.name}`,
        parameters: [{ in: 'header', name: 'If-Match', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: json(ref(`${r.name}Replace`)) },
        responses: {
          200: ok('Replaced.', json(ref(r.name))),
          400: res('BadRequest'),
          404: res('NotFound'),
          412: res('PreconditionFailed'),
        },
      }),
    },
    {
      key: 'patch',
      method: 'patch',
      path: item,
      operation: (r) => ({
        summary: `Update a ${r.name}`,
        requestBody: { required: true, content: { 'application/merge-patch+json': { schema: ref(`${r.name}Patch`) } } },
        responses: { 200: ok('Updated.', json(ref(r.name))), 404: res('NotFound'), 409: res('Conflict'), 422: res('UnprocessableProblem') },
      }),
    },
    {
      key: 'delete',
      method: 'delete',
      path: item,
      operation: (r) => ({
        summary: `Delete a ${r.name}`,
        responses: { 204: ok('Deleted.'), 404: res('NotFound'), 409: res('Conflict'), '5XX': res('ServerError') },
      }),
    },
    {
      key: 'head',
      method: 'head',
      path: item,
      operation: (r) => ({
        summary: `Check a ${r.name} exists`,
        responses: {
          200: ok('Exists.', undefined, { ETag: header('ETag'), 'Content-Length': { schema: { type: 'integer' } } }),
          404: ok('No such resource.'),
        },
      }),
    },
    {
      key: 'status',
      method: 'get',
      path: (r) => `${item(r)}/status`,
      operation: (r) => ({
        summary: `Processing state of a ${r.name}`,
        responses: {
          200: ok(
            'Done.',
            json({
              type: 'object',
              required: ['state', 'finishedAt'],
              properties: {
                state: r.d.constant('done'),
                finishedAt: r.d.nullable({ type: 'string', format: 'date-time' }),
                progress: ref('Percentage'),
              },
            }),
          ),
          202: ok(
            'Still running.',
            json({ type: 'object', required: ['state'], properties: { state: r.d.constant('running'), progress: ref('Percentage') } }),
          ),
          404: res('NotFound'),
        },
      }),
    },
  ]
}

/** Every template, in the order the generator spreads them over the operations. */
export const TEMPLATES: readonly Template[] = [...collectionTemplates(), ...itemTemplates(), ...actionTemplates(), ...sideTemplates()]
