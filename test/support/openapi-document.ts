import { defined } from '@app/domain';

// The parts of the API's OpenAPI document (GET /api/docs-json) that the bad-input and fuzz tests read.
export interface Schema {
  type?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export const refName = (s: Schema): string | undefined => (s.$ref ?? s.allOf?.[0]?.$ref)?.split('/').pop();

// A schema with its reference followed, and the name it was referred to by.
export function resolve(doc: OpenApi, s: Schema): { name?: string; schema: Schema } {
  const name = refName(s);
  return name
    ? { name, schema: defined(doc.components.schemas[name], `schema ${name} in the document`) }
    : { schema: s };
}

// A valid-looking value from the document's examples, enums, defaults and minimums; an object carries its required
// properties only, or all of them.
export function sample(doc: OpenApi, s: Schema, properties: 'required' | 'all' = 'required', depth = 0): unknown {
  const { schema } = resolve(doc, s);
  if (schema.example !== undefined) {
    return schema.example;
  }
  if (schema.enum) {
    return schema.enum[0];
  }
  if (schema.default !== undefined) {
    return schema.default;
  }
  if (schema.properties) {
    return depth > 4 ? {} : sampleObject(doc, schema, properties, depth + 1);
  }
  switch (schema.type ?? 'string') {
    case 'array':
      return schema.items ? [sample(doc, schema.items, properties, depth + 1)] : [];
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return 'x';
  }
}

export function sampleObject(
  doc: OpenApi,
  schema: Schema,
  properties: 'required' | 'all' = 'required',
  depth = 0,
): Record<string, unknown> {
  const names = properties === 'all' ? Object.keys(schema.properties ?? {}) : (schema.required ?? []);
  return Object.fromEntries(
    names.map(
      (k) => [k, sample(doc, defined(schema.properties?.[k], `property ${k}`), properties, depth)] as [string, unknown],
    ),
  );
}

// JSON nested `depth` levels deep, arrays and objects in turn: past the validation limit it is refused, not walked.
export function nested(depth: number): unknown {
  let junk: unknown = { deepest: true };
  for (let i = 0; i < depth; i++) {
    junk = i % 2 ? { a: junk } : [junk];
  }
  return junk;
}
