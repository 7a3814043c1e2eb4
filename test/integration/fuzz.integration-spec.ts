import { randomUUID } from 'node:crypto';

import type { UserRole } from '@app/contracts';
import { USER_ROLES } from '@app/contracts';
import { TestStack } from '@app/testing';
import fc from 'fast-check';

import { POLICIES } from '../../apps/api/src/auth/policies';
import { discoverRoutes } from '../support/api-routes';
import { productApps } from '../support/product-apps';
import type { OpenApi, Parameter, Schema } from '../support/openapi-document';
import { nested, resolve, sample } from '../support/openapi-document';

// Property-based fuzzing of every operation of the API's own OpenAPI document with fast-check: generated path
// parameters, query strings and bodies (wrong types, extreme numbers and dates, unicode edge cases, control
// characters, huge and deeply nested bodies, replayed and malformed Idempotency-Keys), sent as a role the policy
// table allows. Properties: no response is a 5xx; and a refused request changes nothing — the state (row counts of
// the main tables and the rows the requests address) is read before and after each batch whose every request was
// refused, and must be equal. The seed is printed; FUZZ_SEED=<seed> replays a run, FUZZ_REQUESTS sizes it.
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const BATCH = 20;
const CONCURRENCY = 8;

interface Op {
  method: string;
  path: string;
  params: Parameter[];
  body?: Schema;
  role?: UserRole;
}
interface Generated {
  op: number;
  pathValues: Record<string, string | undefined>;
  query: [string, string][];
  body?: unknown;
  raw?: string;
  key?: string;
}

// Tables whose counts must not move on a refused request (the audit log, refresh tokens and login counters record
// refusals and logins by design, and are left out).
const TABLES = [
  'matters',
  'matter_events',
  'matter_assignments',
  'matter_codes',
  'campaigns',
  'campaign_units',
  'briefings',
  'filings',
  'filing_events',
  'meetings',
  'topics',
  'topic_events',
  'users',
  'unit_contacts',
  'member_units',
  'calendar_adjustments',
  'escalations',
  'notifications',
  'notification_preferences',
];

// The values that break parsers, validators, databases and document writers.
const extremeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e21, -1e21, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 31, 2 ** 63, 5e-324, 0.1),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const extremeDate = fc.oneof(
  fc.constantFrom(
    '9999-12-31',
    '0000-01-01',
    '0001-01-01',
    '1970-01-01',
    '2026-02-29',
    '2028-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '+275760-09-13',
    '-000001-01-01',
    '2026-12-31T23:59:59Z',
    '2026-12-31T25:00:00+14:00',
    '20261231',
    '2026/12/31',
    '２０２６-１２-３１',
    '1e21',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const unicodeEdge = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0001\u0002\u001f',
    'a\u0000b',
    '\uD800',
    '\uDFFF\uD800',
    '\u202Eevil\u202C',
    '\u200B\u200D\uFEFF',
    '🧑‍⚖️🏳️‍🌈',
    'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍',
    '议题（第一期）',
    '\r\n\t\v\f',
    "'; DROP TABLE matters; --",
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '../../etc/passwd',
    '%00%2e%2e',
    '\\',
    ' ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const hugeString = fc.constantFrom(300, 2_001, 70_000, 100_000).map((n) => '字'.repeat(n));
const scalar = fc.oneof(
  { weight: 3, arbitrary: unicodeEdge },
  { weight: 2, arbitrary: extremeNumber },
  { weight: 2, arbitrary: extremeDate },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, '', [], {}) },
  { weight: 1, arbitrary: fc.uuid() },
);
const fuzzValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(50, 500, 3000).map(nested) },
  { weight: 1, arbitrary: fc.array(fc.uuid(), { minLength: 200, maxLength: 600 }) },
);
// Percent-encoding that also carries lone surrogates, as the invalid UTF-8 bytes a careless client would send.
const enc = (v: string): string =>
  [...v]
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
const asText = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));

describe('fuzzing every endpoint of the OpenAPI document (fast-check)', () => {
  let stack: TestStack;
  let doc: OpenApi;
  let ops: Op[];
  const tokens = new Map<UserRole, Record<string, string>>();
  const run = randomUUID().slice(0, 8);
  const fixtures = new Map<string, string>();
  let base = '';

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    await stack.api.listen(0, '127.0.0.1');
    base = (await stack.api.getUrl()).replace('[::1]', '127.0.0.1');
    doc = (await stack.http.get('/api/docs-json').expect(200)).body as OpenApi;
    const roles = new Map(discoverRoutes(stack).map((r) => [`${r.method} ${r.docPath}`, r]));
    for (const role of USER_ROLES) {
      const unit = role === 'unit_leader' || role === 'unit_liaison' ? 'justice' : undefined;
      tokens.set(role, await stack.headers({ userId: `fuzz.${run}.${role}`, role: 'system', unitCode: unit }, [role]));
    }
    ops = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const route = roles.get(`${method.toUpperCase()} ${p}`);
        if (!route) {
          throw new Error(`no controller route for ${method} ${p}`);
        }
        const body = op.requestBody?.content['application/json']?.schema;
        // Auth operations go without a token (a fuzzed logout must not end the fuzzer's own sessions).
        const role =
          route.isPublic || !route.policy || p.startsWith('/api/auth/')
            ? undefined
            : (POLICIES[route.policy] as readonly UserRole[])[0];
        return { method, path: p, params: op.parameters ?? [], body: body && resolve(doc, body).schema, role };
      }),
    );
    const office = tokens.get('office_director')!;
    const unit = tokens.get('unit_leader')!;
    const post = async (url: string, headers: Record<string, string>, body: object): Promise<string> =>
      (await stack.http.post(url).set(headers).send(body).expect(201)).body.id as string;
    fixtures.set(
      'meetings',
      await post('/api/meetings', office, {
        kind: 'liaison',
        title: `模糊 ${run}`,
        heldOn: '2026-06-01',
        chair: '主任',
      }),
    );
    fixtures.set(
      'topics',
      await post('/api/topics', unit, { title: `议题 ${run}`, background: '背景', proposal: '建议' }),
    );
    fixtures.set(
      'filings',
      await post('/api/filings', unit, {
        kind: 'information',
        title: `信息 ${run}`,
        content: '内容',
        category: '宣传',
        eventDate: '2026-05-01',
      }),
    );
    fixtures.set('briefings', await post('/api/briefings', office, { title: `简报 ${run}` }));
    fixtures.set(
      'matters',
      await post('/api/matters', office, {
        code: `FUZZ-${run}`,
        title: `模糊 ${run}`,
        description: '说明',
        leadUnitCode: 'justice',
        coUnitCodes: [],
        dueDate: '2026-12-31',
      }),
    );
    fixtures.set('users', (await stack.ensureUser(`fuzz.${run}.target`, ['office_staff'], null)).id);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  // One request per draw: an operation, its path values (the run's own row, a random id or junk), fuzzed query
  // parameters, and a body that is the valid sample with fuzzed properties, extra keys, or replaced outright.
  function requestArbitrary(): fc.Arbitrary<Generated> {
    // Operations that hash a password (bcrypt, ~0.3 s of CPU each) are drawn a quarter as often as the rest.
    const costly = ops.map((o, i) => (/\/auth\/login|\/password$/.test(o.path) ? i : -1)).filter((i) => i >= 0);
    const cheap = ops.map((_, i) => i).filter((i) => !costly.includes(i));
    const opIndex = fc.oneof(
      { weight: cheap.length * 4, arbitrary: fc.constantFrom(...cheap) },
      { weight: Math.max(costly.length, 1), arbitrary: fc.constantFrom(...(costly.length ? costly : cheap)) },
    );
    return opIndex.chain((index) => {
      const op = ops[index]!;
      const pathNames = op.params.filter((p) => p.in === 'path').map((p) => p.name);
      const queryNames = op.params.filter((p) => p.in === 'query').map((p) => p.name);
      const resource = /^\/api\/(\w+)\/\{id\}/.exec(op.path)?.[1];
      const pathValue = fc.oneof(
        { weight: 4, arbitrary: fc.constant(resource && fixtures.get(resource) ? fixtures.get(resource)! : 'real') },
        { weight: 2, arbitrary: fc.uuid() },
        {
          weight: 1,
          arbitrary: fc.constantFrom('justice', '2026', '2099', '0', '-1', '1e21', '100000000000000000000'),
        },
        { weight: 2, arbitrary: scalar.map(asText) },
      );
      const queryValue = fc.oneof(
        { weight: 3, arbitrary: scalar.map(asText) },
        { weight: 1, arbitrary: fc.constantFrom('100000000000000000000', '1e21', '-0', 'NaN', 'Infinity', '0x10') },
        { weight: 1, arbitrary: hugeString.map((s) => s.slice(0, 1000)) },
      );
      const sampleBody = op.body ? (sample(doc, op.body, 'all') as Record<string, unknown>) : undefined;
      const props = Object.keys(op.body?.properties ?? {});
      const body: fc.Arbitrary<{ body?: unknown; raw?: string }> = !sampleBody
        ? fc.oneof(
            fc.constant({}),
            fuzzValue.map((v) => ({ body: { junk: v } })),
          )
        : fc
            .oneof(
              {
                weight: 6,
                arbitrary: fc
                  .tuple(
                    fc.subarray(props, { minLength: 1, maxLength: Math.min(3, Math.max(props.length, 1)) }),
                    fc.array(fuzzValue, { minLength: 3, maxLength: 3 }),
                  )
                  .map(([keys, values]) => ({
                    body: { ...sampleBody, ...Object.fromEntries(keys.map((k, i) => [k, values[i]])) },
                  })),
              },
              {
                weight: 1,
                arbitrary: fc
                  .dictionary(unicodeEdge, fuzzValue, { maxKeys: 4 })
                  .map((extra) => ({ body: { ...sampleBody, ...extra } })),
              },
              { weight: 1, arbitrary: fuzzValue.map((v) => ({ body: v })) },
              {
                weight: 1,
                arbitrary: fc.constantFrom(
                  '{"title": tomorrow',
                  '{"a":'.repeat(5000),
                  '\u0000',
                  '[]',
                  'null',
                  '"x"',
                  `{"code":"${'9'.repeat(400)}"}`,
                  '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
                ),
              },
            )
            .map((b) => (typeof b === 'string' ? { raw: b } : b));
      const key = fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: fc.constant(`fuzz-replayed-${run}`) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(300), '键\u0001', '\r\nX-Injected: 1') },
      );
      return fc
        .record({
          op: fc.constant(index),
          pathValues: fc
            .tuple(...pathNames.map(() => pathValue))
            .map((vs) => Object.fromEntries(pathNames.map((n, i) => [n, vs[i]]))),
          query: fc.array(
            fc.tuple(fc.oneof(fc.constantFrom(...(queryNames.length ? queryNames : ['q'])), unicodeEdge), queryValue),
            { maxLength: 4 },
          ),
          body,
          key,
        })
        .map((g) => ({ ...g, ...g.body, body: g.body.body }));
    });
  }

  function urlOf(g: Generated): string {
    const op = ops[g.op]!;
    const p = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = g.pathValues[name];
      return enc(v === 'real' ? randomUUID() : (v ?? ''));
    });
    const q = g.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
    return q ? `${p}?${q}` : p;
  }

  // Over a real socket with keep-alive (fetch), as a client would send it.
  async function send(g: Generated): Promise<number> {
    const op = ops[g.op]!;
    const headers: Record<string, string> = { ...(op.role ? tokens.get(op.role) : {}) };
    if (g.key !== undefined && /^[\x20-\x7e]*$/.test(g.key)) {
      headers['Idempotency-Key'] = g.key;
    }
    let body: string | undefined;
    if (op.method !== 'get' && (g.raw !== undefined || g.body !== undefined)) {
      headers['Content-Type'] = 'application/json';
      body = g.raw ?? JSON.stringify(g.body);
    }
    const res = await fetch(`${base}${urlOf(g)}`, { method: op.method.toUpperCase(), headers, body });
    await res.arrayBuffer();
    return res.status;
  }

  // The state a refused request must leave as it found it: row counts, and the rows the fixtures hold (login
  // counters and timestamps of the users left out).
  async function snapshot(): Promise<string> {
    const counts = await stack.dataSource.query(
      `SELECT ${TABLES.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}`).join(', ')}`,
    );
    const rows: unknown[] = [counts];
    for (const [table, id] of fixtures) {
      const [row] = await stack.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM ${table} WHERE id = ?`, [
        id,
      ]);
      if (row && table === 'users') {
        delete row.failed_logins;
        delete row.locked_until;
        delete row.last_login_at;
        delete row.updated_at;
      }
      rows.push(row);
    }
    return JSON.stringify(rows);
  }

  it(`sends ${REQUESTS} generated requests: none answers 5xx, none refused changes state`, async () => {
    console.log(`[fuzz] seed ${SEED} (replay: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS}), ${ops.length} operations`);
    const requests = fc.sample(requestArbitrary(), { seed: SEED, numRuns: REQUESTS });
    // The fixtures' own asynchronous effects (a matter's supervision plan) settle before the first comparison.
    for (let last = await snapshot(), i = 0; i < 30; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const now = await snapshot();
      if (now === last) {
        break;
      }
      last = now;
    }
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let verifiedBatches = 0;
    let verifiedRequests = 0;
    const started = Date.now();
    for (let from = 0; from < requests.length; from += BATCH) {
      const batch = requests.slice(from, from + BATCH);
      const before = await snapshot();
      const results: number[] = new Array(batch.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < batch.length) {
            const i = next++;
            results[i] = await send(batch[i]!);
          }
        }),
      );
      results.forEach((status, i) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status >= 500) {
          const g = batch[i]!;
          failures.push(
            `#${from + i} ${status} ${ops[g.op]!.method.toUpperCase()} ${urlOf(g).slice(0, 200)} ` +
              `body ${(g.raw ?? JSON.stringify(g.body) ?? '').slice(0, 200)}`,
          );
        }
      });
      // A read changes nothing whatever it answers; a write changes nothing when refused.
      const refused = results.every((status, i) => status >= 400 || ops[batch[i]!.op]!.method === 'get');
      if ((from + BATCH) % 2000 === 0) {
        const secs = (Date.now() - started) / 1000;
        console.log(
          `[fuzz] ${from + BATCH} requests in ${Math.round(secs)} s (${Math.round((from + BATCH) / secs)}/s)`,
        );
      }
      if (refused) {
        const after = await snapshot();
        if (after !== before) {
          const [b, a] = [JSON.parse(before) as unknown[], JSON.parse(after) as unknown[]];
          const changed = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
          failures.push(
            `batch #${from}..${from + batch.length - 1}: every write refused, yet the state changed: ` +
              `${JSON.stringify(b[changed]).slice(0, 300)} → ${JSON.stringify(a[changed]).slice(0, 300)}; requests ` +
              batch.map((g) => `${ops[g.op]!.method.toUpperCase()} ${urlOf(g).slice(0, 80)}`).join(' | '),
          );
        }
        verifiedBatches++;
        verifiedRequests += batch.length;
      } else {
        // Something was accepted: let its asynchronous effects (projections, supervision plans) settle.
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    console.log(
      `[fuzz] seed ${SEED}: ${requests.length} requests in ${Math.round((Date.now() - started) / 1000)} s, ` +
        `statuses ${JSON.stringify(statuses)}; state checked unchanged around ${verifiedBatches} batches whose ` +
        `every write was refused (${verifiedRequests} requests); ${failures.length} failures`,
    );
    expect(failures.slice(0, 50)).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(Math.min(REQUESTS, 20_000));
    expect(verifiedRequests).toBeGreaterThan(requests.length / 2);
    // (A few minutes on an idle 2-core machine; the bound is for a machine shared with other work.)
  }, 1_800_000);
});
