/**
 * GENERATED FILE: DO NOT EDIT.
 * Source spec: specs/onekey.json
 * Spec sha256: 6b1828ec4d217800f25e94e26a7a3940f94f0d19b33aa97f49c9e5effa972df4
 * Written by `npm run generate` with scripts/lib/runtime-schema.ts.
 */

/** Declared response statuses of every operation, keyed "METHOD /path", with a pruned JSON schema of each body. */
export const operations = {
  "DELETE /v3/subscriptions/{subscription_id}": {
    "200": {
      "json": true,
      "schema": {
        "type": "object",
        "properties": {}
      }
    },
    "420": {
      "json": true,
      "schema": {
        "type": "object",
        "properties": {
          "code": {
            "type": "integer"
          },
          "description": {
            "type": "string"
          },
          "type": {
            "type": "string"
          }
        }
      }
    },
    "421": {
      "json": true,
      "schema": {
        "type": "object",
        "properties": {
          "code": {
            "type": "integer"
          },
          "description": {
            "type": "string"
          },
          "type": {
            "type": "string"
          }
        }
      }
    },
    "426": {
      "json": true,
      "schema": {
        "type": "object",
        "properties": {
          "code": {
            "type": "integer"
          },
          "description": {
            "type": "string"
          },
          "type": {
            "type": "string"
          }
        }
      }
    },
    "501": {
      "json": true,
      "schema": {
        "type": "object",
        "properties": {
          "code": {
            "type": "integer"
          },
          "description": {
            "type": "string"
          },
          "type": {
            "type": "string"
          }
        }
      }
    }
  }
} as const
