import { TestStack } from '@app/testing';

import { productApps } from '../support/product-apps';

interface Operation {
  summary?: string;
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}
interface SchemaProperty {
  example?: unknown;
  enum?: unknown[];
  $ref?: string;
  items?: { $ref?: string };
  allOf?: unknown[];
}

// The OpenAPI document covers every endpoint with a summary, and every request field with an example.
describe('OpenAPI document', () => {
  let stack: TestStack;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { properties?: Record<string, SchemaProperty> }> };
  };

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    doc = (await stack.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists every controller route', () => {
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    for (const route of [
      'GET /health',
      'POST /api/matters',
      'GET /api/matters',
      'GET /api/matters/{id}',
      'POST /api/matters/{id}/acknowledge',
      'POST /api/matters/{id}/decline',
      'POST /api/matters/{id}/reroute',
      'POST /api/matters/{id}/reject-decline',
      'POST /api/matters/{id}/progress',
      'POST /api/matters/{id}/contribution',
      'POST /api/matters/{id}/completion',
      'POST /api/matters/{id}/verify',
      'POST /api/matters/{id}/return',
      'POST /api/matters/{id}/cancel',
      'POST /api/matters/{id}/extension-request',
      'POST /api/matters/{id}/extension-decision',
      'POST /api/matters/{id}/reassign-lead',
      'GET /api/meetings',
      'POST /api/meetings',
      'PATCH /api/meetings/{id}',
      'DELETE /api/meetings/{id}',
      'POST /api/meetings/{id}/matters',
      'GET /api/units',
    ]) {
      expect(routes).toContain(route);
    }
    expect(routes.length).toBeGreaterThanOrEqual(28);
  });

  it('gives every operation a summary and its responses', () => {
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect({ route: `${method} ${p}`, summary: typeof op.summary }).toEqual({
          route: `${method} ${p}`,
          summary: 'string',
        });
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
    }
  });

  it('gives every request-body field an example (or an enum / nested schema)', () => {
    const bodies = new Set<string>();
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        const ref = op.requestBody?.content['application/json']?.schema?.$ref;
        if (ref) {
          bodies.add(ref.split('/').pop()!);
        }
      }
    }
    expect(bodies.size).toBeGreaterThanOrEqual(10);
    const missing: string[] = [];
    const visit = (name: string): void => {
      for (const [field, prop] of Object.entries(doc.components.schemas[name]?.properties ?? {})) {
        const nested = prop.$ref ?? prop.items?.$ref;
        if (nested) {
          visit(nested.split('/').pop()!);
        } else if (prop.example === undefined && !prop.enum && !prop.allOf) {
          missing.push(`${name}.${field}`);
        }
      }
    };
    bodies.forEach(visit);
    expect(missing).toEqual([]);
  });
});
