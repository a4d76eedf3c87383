/**
 * The schemas of the synthetic spec (scripts/lib/synthetic-spec.ts): a core
 * of shared `components.schemas` that every resource references (nested
 * `$ref` chains, one recursive schema, a discriminated `oneOf`), and five
 * schemas per resource that reference the core. Written once per dialect:
 * OpenAPI 3.1 (type arrays, `const`, `$ref` with siblings) or 3.0
 * (`nullable`, one-value enums, `allOf` wrappers). Pure.
 */
import type { Json } from './spec-refs.js'

export type OpenApiVersion = '3.0' | '3.1'

/** The keywords that differ between OpenAPI 3.0 and 3.1. */
export interface Dialect {
  version: OpenApiVersion
  /** The schema, also allowing `null`. */
  nullable(schema: Json): Json
  /** A `$ref` to an object schema that also allows `null`. */
  nullableRef(name: string): Json
  /** Exactly one string value. */
  constant(value: string): Json
  /** A `$ref` with sibling keywords (3.1), or the 3.0 idiom: an `allOf` wrapper. */
  refWith(name: string, siblings: Json): Json
}

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` })

export function dialect(version: OpenApiVersion): Dialect {
  if (version === '3.1') {
    return {
      version,
      nullable: (schema) => ({ ...schema, type: [schema.type, 'null'] }),
      nullableRef: (name) => ({ oneOf: [ref(name), { type: 'null' }] }),
      constant: (value) => ({ type: 'string', const: value }),
      refWith: (name, siblings) => ({ ...ref(name), ...siblings }),
    }
  }
  return {
    version,
    nullable: (schema) => ({ ...schema, nullable: true }),
    nullableRef: (name) => ({ type: 'object', allOf: [ref(name)], nullable: true }),
    constant: (value) => ({ type: 'string', enum: [value] }),
    refWith: (name, siblings) => ({ allOf: [ref(name)], ...siblings }),
  }
}

const str = (description: string, extra: Json = {}): Json => ({ type: 'string', description, ...extra })
const dateTime = (description: string, extra: Json = {}): Json => str(description, { format: 'date-time', ...extra })
const arrayOf = (items: Json, description: string): Json => ({ type: 'array', description, items })

function object(description: string, properties: Json, required: string[] = [], extra: Json = {}): Json {
  return { type: 'object', description, ...(required.length > 0 ? { required } : {}), properties, ...extra }
}

function errorSchemas(): Json {
  return {
    ErrorDetail: object('One problem with one field.', { field: str('JSON pointer to the field.'), issue: str('What is wrong.') }, [
      'issue',
    ]),
    Error: object(
      'The error body every operation shares.',
      {
        code: str('Machine-readable error code.'),
        message: str('Human-readable explanation.'),
        requestId: str('Echo of X-Request-Id.'),
        details: arrayOf(ref('ErrorDetail'), 'Per-field problems.'),
      },
      ['code', 'message'],
    ),
    Problem: object(
      'RFC 9457 problem details.',
      {
        type: str('Problem type URI.', { format: 'uri' }),
        title: str('Short summary.'),
        status: { type: 'integer', description: 'HTTP status.', minimum: 100, maximum: 599 },
        detail: str('Explanation of this occurrence.'),
        instance: str('URI of this occurrence.', { format: 'uri-reference' }),
        errors: arrayOf(ref('ErrorDetail'), 'Per-field problems.'),
      },
      ['type', 'title', 'status'],
    ),
  }
}

function valueSchemas(d: Dialect): Json {
  return {
    Currency: { type: 'string', description: 'ISO 4217 code.', enum: ['EUR', 'USD', 'GBP', 'JPY'] },
    CountryCode: str('ISO 3166-1 alpha-2 code.', { pattern: '^[A-Z]{2}$', minLength: 2, maxLength: 2 }),
    Status: { type: 'string', description: 'Lifecycle state.', enum: ['draft', 'active', 'paused', 'cancelled'] },
    Money: object(
      'An amount in minor units.',
      { amount: { type: 'integer', format: 'int64', description: 'Minor units.' }, currency: ref('Currency') },
      ['amount', 'currency'],
    ),
    Percentage: { type: 'number', format: 'double', minimum: 0, maximum: 100, description: 'A share, 0 to 100.' },
    GeoPoint: object(
      'A WGS84 point.',
      { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } },
      ['lat', 'lon'],
      { additionalProperties: false },
    ),
    Address: object(
      'A postal address.',
      {
        line1: str('First line.'),
        line2: d.nullable(str('Second line, if any.')),
        city: str('City.'),
        postalCode: str('Postal code.'),
        country: ref('CountryCode'),
        geo: ref('GeoPoint'),
      },
      ['line1', 'city', 'country'],
    ),
    Metadata: { type: 'object', description: 'Free-form string pairs.', additionalProperties: { type: 'string', maxLength: 500 } },
    Tag: object('A key/value label.', { key: str('Key.'), value: str('Value.') }, ['key', 'value'], { additionalProperties: false }),
    Link: object('A hypermedia link.', { href: str('Target.', { format: 'uri' }), rel: str('Relation.') }, ['href']),
    Links: { type: 'object', description: 'Links by relation.', additionalProperties: ref('Link') },
    PageInfo: object(
      'Cursor pagination state.',
      { nextCursor: d.nullable(str('Cursor of the next page.')), total: { type: 'integer', minimum: 0 }, hasMore: { type: 'boolean' } },
      ['nextCursor', 'hasMore'],
    ),
  }
}

function entitySchemas(d: Dialect): Json {
  return {
    Customer: object(
      'The person who owns a resource.',
      {
        id: str('Customer id.', { readOnly: true }),
        email: str('Contact address.', { format: 'email' }),
        name: str('Display name.'),
        address: ref('Address'),
        metadata: ref('Metadata'),
        createdAt: dateTime('Creation time.', { readOnly: true }),
      },
      ['id', 'email'],
    ),
    Settings: object('Per-resource preferences; every field has a default.', {
      locale: str('BCP 47 tag.', { default: 'en' }),
      notify: { type: 'boolean', default: true },
      retries: { type: 'integer', minimum: 0, maximum: 10, default: 3 },
      channels: arrayOf({ type: 'string', enum: ['email', 'sms', 'push'] }, 'Where to notify.'),
    }),
    Category: object(
      'A category tree: recursive.',
      { id: str('Category id.'), name: str('Name.'), children: arrayOf(ref('Category'), 'Sub-categories.') },
      ['id', 'name'],
    ),
    Event: object(
      'One entry of a resource history.',
      {
        id: str('Event id.'),
        type: { type: 'string', enum: ['created', 'updated', 'deleted', 'action'] },
        at: dateTime('When it happened.'),
        actor: d.nullableRef('Customer'),
        data: { type: 'object', additionalProperties: true },
      },
      ['id', 'type', 'at'],
    ),
    AttachmentMeta: object(
      'A stored file.',
      { fileName: str('Name.'), contentType: str('Media type.'), size: { type: 'integer', minimum: 0 } },
      ['fileName', 'size'],
    ),
  }
}

function actionSchemas(d: Dialect): Json {
  const tagged = (type: string, properties: Json, required: string[] = []): Json =>
    object(`The ${type} action.`, { type: d.constant(type), ...properties }, ['type', ...required])
  return {
    CancelAction: tagged('cancel', { reason: str('Why.'), at: dateTime('When; now if absent.') }, ['reason']),
    PauseAction: tagged('pause', { resumeAt: d.nullable(dateTime('When to resume; never if null.')) }),
    ResumeAction: tagged('resume', { prorate: { type: 'boolean', default: true } }),
    ActionRequest: {
      description: 'One action, chosen by `type`.',
      oneOf: [ref('CancelAction'), ref('PauseAction'), ref('ResumeAction')],
      discriminator: {
        propertyName: 'type',
        mapping: {
          cancel: '#/components/schemas/CancelAction',
          pause: '#/components/schemas/PauseAction',
          resume: '#/components/schemas/ResumeAction',
        },
      },
    },
    ActionAccepted: object(
      'The action is queued.',
      { actionId: str('Action id.'), state: d.constant('queued'), statusUrl: str('Poll here.', { format: 'uri' }) },
      ['actionId', 'state'],
    ),
    TokenRequest: object(
      'Form fields of a token request.',
      {
        grant_type: { type: 'string', enum: ['client_credentials', 'refresh_token'] },
        client_id: str('Client.'),
        scope: str('Space-separated scopes.', { default: 'read' }),
      },
      ['grant_type', 'client_id'],
    ),
    TokenResponse: object(
      'An access token.',
      { access_token: str('Token.'), token_type: d.constant('Bearer'), expires_in: { type: 'integer', minimum: 1 } },
      ['access_token', 'token_type', 'expires_in'],
    ),
  }
}

/** The schemas every resource shares. */
export function coreSchemas(d: Dialect): Json {
  return { ...errorSchemas(), ...valueSchemas(d), ...entitySchemas(d), ...actionSchemas(d) }
}

/** The five schemas of resource `name` (e.g. "Thing3"), each built on the core. */
export function resourceSchemas(d: Dialect, name: string): Json {
  const common: Json = {
    name: str('Display name.', { minLength: 1, maxLength: 200 }),
    description: d.nullable(str('Long description.')),
    price: d.refWith('Money', { description: `Price of the ${name}.` }),
    tags: arrayOf(ref('Tag'), 'Labels.'),
    settings: ref('Settings'),
  }
  return {
    [name]: object(
      `A ${name}.`,
      {
        id: str('Id.', { readOnly: true }),
        kind: d.constant(name.toLowerCase()),
        status: ref('Status'),
        ...common,
        owner: ref('Customer'),
        count: { type: 'integer', format: 'int32', minimum: 0 },
        ratio: ref('Percentage'),
        links: ref('Links'),
        createdAt: dateTime('Creation time.', { readOnly: true }),
        updatedAt: d.nullable(dateTime('Last change.', { readOnly: true })),
      },
      ['id', 'kind', 'status', 'name', 'price', 'createdAt'],
    ),
    [`${name}Create`]: object(
      `What creating a ${name} takes.`,
      {
        ...common,
        ownerId: str('Owner customer id.'),
        quantity: { type: 'integer', minimum: 1, default: 1, description: 'Required, with a default.' },
        currency: d.refWith('Currency', { default: 'EUR' }),
        priority: { type: 'number', default: 0.5, minimum: 0, maximum: 1 },
        secret: str('Write-only token.', { writeOnly: true }),
      },
      ['name', 'price', 'quantity'],
    ),
    [`${name}Replace`]: {
      description: `A full replacement of a ${name}.`,
      allOf: [ref(`${name}Create`), object('Concurrency control.', { version: { type: 'integer', minimum: 1 } }, ['version'])],
    },
    [`${name}Patch`]: object(
      `A JSON merge patch of a ${name}: null removes a field.`,
      { name: common.name, description: common.description, status: ref('Status'), settings: ref('Settings') },
      [],
      { additionalProperties: false },
    ),
    [`${name}Page`]: object(`One page of ${name}s.`, { items: arrayOf(ref(name), 'The page.'), page: ref('PageInfo') }, ['items', 'page']),
  }
}
