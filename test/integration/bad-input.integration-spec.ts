// First: this file's apps use a database of their own. Its well-formed cases succeed (a unit added from the
// examples, among others), and other files count the 21 member units of the shared one.
import { dropOwnDatabase, prepareOwnDatabase } from '../support/own-database';

import { randomUUID } from 'node:crypto';

import type { UserRole } from '@app/contracts';
import { ErrorCode, USER_ROLES } from '@app/contracts';
import { BriefingEntity, MatterCodeEntity, MatterEntity } from '@app/database';
import { defined } from '@app/domain';
import { TestStack } from '@app/testing';

import type { ApiRoute, Class } from '../support/api-routes';
import { discoverRoutes } from '../support/api-routes';
import { productApps } from '../support/product-apps';
import type { OpenApi, Operation, Parameter, Schema } from '../support/openapi-document';
import { nested, resolve, sample, sampleObject } from '../support/openapi-document';
import { getMetadataStorage } from 'class-validator';
import { In } from 'typeorm';

import { POLICIES } from '../../apps/api/src/auth/policies';

// "Bad input gets a clear error, never a 5xx, never a half-applied change", for every operation of the API's own
// OpenAPI document: malformed path parameters, bodies and query strings are generated from the document's schemas
// (sharpened by the validation rules the DTO classes declare: lengths, integers, bounds, dates), and sent as a role
// the policy table allows, so the request reaches validation rather than the guard.

// What the DTO classes declare for one property, read from class-validator's metadata.
interface Rules {
  maxLength?: number;
  minLength?: number;
  integer?: boolean;
  min?: number;
  max?: number;
  uuid?: boolean;
  arrayMax?: number;
  itemMaxLength?: number;
}
type RuleBook = Map<string, Map<string, Rules>>;

// A generated request. `must4xx`: the input is invalid whatever the API's state (a 2xx would be a bug); otherwise a
// 2xx may be legitimate (e.g. an unknown filter value) and only "< 500, with a clear error if refused" is asserted.
interface Case {
  op: string;
  label: string;
  method: string;
  path: string;
  query?: string;
  body?: unknown;
  raw?: string;
  must4xx: boolean;
  kind: 'path' | 'query' | 'body' | 'header';
  field?: string;
  headers: Record<string, string>;
}

const DATE_EXAMPLE = /^\d{4}-\d{2}-\d{2}$/;
const UUID_EXAMPLE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODES = new Set<string>(Object.values(ErrorCode));
// Malformed input is refused as such, whatever the state of what it addresses: not as a missing row or a wrong state.
const INPUT_CODES = new Set<unknown>([ErrorCode.ValidationFailed, ErrorCode.InvalidCommand, ErrorCode.CapacityInvalid]);
// Values of the X-Acting-As header that name no capacity (every one a 400 CAPACITY_INVALID, whoever sends it).
const BAD_CAPACITIES = ['Office', 'unit:a b', 'x'.repeat(300)];
const FAR_TOO_LONG = 120_000;
// An error message says what to fix; it does not echo a 100 KB input back.
const MAX_MESSAGE = 2000;
const BAD_DATES = ['2026-02-30', '2026-13-01', 'tomorrow', '2026-2-3'];
const BAD_PATH_VALUES = [
  'not-a-uuid',
  '123',
  '-1',
  '1.5',
  '1e3',
  '99999999999999999999999',
  'x'.repeat(3000),
  encodeURIComponent('议题（第一期）'),
  '%00',
  'abc%00def',
  '%2e%2e',
  encodeURIComponent(' '),
];

// Every controller method with its declared policy and its parameter types (the DTO classes), from Nest's metadata.
// The validation rules of a DTO class (its own and inherited, as class-validator applies them), per property.
function rulesOf(cls: Class): Map<string, Rules> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  const rules = new Map<string, Rules>();
  for (const m of metas) {
    const r = rules.get(m.propertyName) ?? {};
    const [a, b] = (m.constraints ?? []) as [unknown, unknown];
    const name = m.name ?? m.type;
    if (m.each && (name === 'isLength' || name === 'maxLength')) {
      r.itemMaxLength = Number(name === 'isLength' ? b : a);
    } else if (name === 'isLength') {
      r.minLength = Number(a);
      r.maxLength = b === undefined ? undefined : Number(b);
    } else if (name === 'maxLength') {
      r.maxLength = Number(a);
    } else if (name === 'minLength') {
      r.minLength = Number(a);
    } else if (name === 'isInt') {
      r.integer = true;
    } else if (name === 'min') {
      r.min = Number(a);
    } else if (name === 'max') {
      r.max = Number(a);
    } else if (name === 'isUuid') {
      r.uuid = true;
    } else if (name === 'arrayMaxSize') {
      r.arrayMax = Number(a);
    }
    rules.set(m.propertyName, r);
  }
  return rules;
}

// Schema name → rules: the handlers' DTO classes and every class that declares validation (nested DTOs).
function ruleBook(routes: ApiRoute[]): RuleBook {
  const book: RuleBook = new Map();
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Class, unknown> };
  for (const cls of [...storage.validationMetadatas.keys(), ...routes.flatMap((r) => r.dtos)]) {
    if (!book.has(cls.name)) {
      book.set(cls.name, rulesOf(cls));
    }
  }
  return book;
}

const exampleOf = (s: Schema): string => (typeof s.example === 'string' ? s.example : '');

type Mutation = { label: string; field: string; must4xx: boolean; apply: (body: Record<string, unknown>) => unknown };

function setAt(obj: Record<string, unknown>, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(obj);
  let cur = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    cur = cur[key] as Record<string | number, unknown>;
  }
  const last = defined(path.at(-1), 'a path to set');
  if (remove) {
    delete cur[last];
  } else {
    cur[last] = value;
  }
  return copy;
}

// The malformed variants of one property: missing, each wrong JSON type, too long, bad dates, out-of-range numbers.
function propertyMutations(
  doc: OpenApi,
  book: RuleBook,
  owner: { name?: string; schema: Schema },
  path: (string | number)[],
  depth: number,
): Mutation[] {
  const out: Mutation[] = [];
  for (const [prop, raw] of Object.entries(owner.schema.properties ?? {})) {
    const at = [...path, prop];
    const field = at.join('.');
    const rules = book.get(owner.name ?? '')?.get(prop) ?? {};
    const required = (owner.schema.required ?? []).includes(prop);
    const target = resolve(doc, raw);
    const isObject = Boolean(target.schema.properties);
    const type = isObject ? 'object' : (target.schema.type ?? 'string');
    const put = (label: string, value: unknown, must4xx = true): void => {
      out.push({ label: `${field} ${label}`, field: prop, must4xx, apply: (b) => setAt(b, at, value) });
    };
    if (required) {
      out.push({ label: `${field} missing`, field: prop, must4xx: true, apply: (b) => setAt(b, at, undefined, true) });
    }
    const wrong: [string, unknown][] = [
      ['string', 'text'],
      ['number', 42],
      ['boolean', true],
      ['object', { a: 1 }],
      ['array', ['x']],
    ];
    for (const [kind, value] of wrong) {
      const sameType = kind === type || (kind === 'number' && type === 'integer');
      if (!sameType) {
        put(`as ${kind}`, value);
      }
    }
    put('null', null, required && !raw.nullable);
    put('nested junk', nested(40));
    if (target.schema.enum) {
      put('unknown enum value', 'not-a-real-value');
    }
    if (type === 'string' && !target.schema.enum) {
      if (rules.maxLength !== undefined) {
        put(`over max length ${rules.maxLength}`, 'x'.repeat(rules.maxLength + 1));
      }
      // No text, code, date, id or address of ours runs to 120,000 characters (the longest, a summary, has 100,000).
      put('far over any length', 'x'.repeat(FAR_TOO_LONG));
      if (rules.minLength !== undefined && rules.minLength > 0) {
        put('empty', '');
      }
      if (DATE_EXAMPLE.test(exampleOf(raw))) {
        BAD_DATES.forEach((d) => put(`date ${d}`, d));
      }
      if (rules.uuid || UUID_EXAMPLE.test(exampleOf(raw))) {
        put('not a uuid', 'not-a-uuid');
      }
    }
    if (type === 'number' || type === 'integer') {
      put('fractional', 1.5, Boolean(rules.integer) || type === 'integer');
      put('negative', -1, (rules.min ?? raw.minimum ?? -Infinity) > -1);
      put('huge', 1e308, rules.max !== undefined || raw.maximum !== undefined);
      if (rules.max !== undefined) {
        put(`over max ${rules.max}`, rules.max + 1);
      }
      if (rules.min !== undefined) {
        put(`under min ${rules.min}`, rules.min - 1);
      }
    }
    if (type === 'array' && target.schema.items) {
      const item = resolve(doc, target.schema.items);
      const itemType = item.schema.properties ? 'object' : (item.schema.type ?? 'string');
      put('with a wrong-type item', [itemType === 'string' ? 42 : 'text']);
      if (rules.arrayMax !== undefined) {
        put(`over ${rules.arrayMax} items`, Array(rules.arrayMax + 1).fill(sample(doc, target.schema.items)));
      }
      if (itemType === 'string' && rules.itemMaxLength !== undefined) {
        put('with an overlong item', ['x'.repeat(rules.itemMaxLength + 1)]);
      }
      if (itemType === 'string' && !item.schema.enum) {
        put('with a far too long item', ['x'.repeat(FAR_TOO_LONG)]);
      }
      if (item.schema.enum) {
        put('with an unknown enum item', ['not-a-real-value']);
      }
      if (item.schema.properties && depth < 3) {
        // Mutate inside the first item (the body carries one sample item).
        const base = [...at, 0];
        out.push(
          ...propertyMutations(doc, book, item, base, depth + 1).map((m) => ({
            ...m,
            apply: (b: Record<string, unknown>) => {
              const withItem = setAt(b, at, [sample(doc, target.schema.items!)]) as Record<string, unknown>;
              return m.apply(withItem);
            },
          })),
        );
      }
    }
    if (isObject && depth < 3) {
      out.push(
        ...propertyMutations(doc, book, target, at, depth + 1).map((m) => ({
          ...m,
          apply: (b: Record<string, unknown>) => m.apply(setAt(b, at, sample(doc, raw)) as Record<string, unknown>),
        })),
      );
      put('extra property inside', { ...(sample(doc, raw) as object), unexpected: 1 });
    }
  }
  return out;
}

describe('bad input, on every endpoint of the OpenAPI document', () => {
  let stack: TestStack;
  let doc: OpenApi;
  let routes: ApiRoute[];
  const tokens = new Map<UserRole, Record<string, string>>();
  const run = randomUUID().slice(0, 8);
  // Rows of this run that body cases address, so that they reach the services' own checks (behind the 404 a random
  // id gets): only requests that must be refused are sent to them, so a correct API leaves them unchanged.
  const fixtures = new Map<string, string>();
  const office = (): Record<string, string> => tokens.get('office_director')!;
  const unit = (): Record<string, string> => tokens.get('unit_leader')!;

  beforeAll(async () => {
    await prepareOwnDatabase();
    stack = await TestStack.start(productApps);
    doc = (await stack.http.get('/api/docs-json').expect(200)).body as OpenApi;
    routes = discoverRoutes(stack);
    for (const role of USER_ROLES) {
      const unit = role === 'unit_leader' || role === 'unit_liaison' ? 'justice' : undefined;
      tokens.set(role, await stack.headers({ userId: `bad.${run}.${role}`, role: 'system', unitCode: unit }, [role]));
    }
    await createFixtures();
  });

  async function createFixtures(): Promise<void> {
    const post = async (path: string, headers: Record<string, string>, body: object): Promise<string> =>
      (await stack.http.post(path).set(headers).send(body).expect(201)).body.id as string;
    fixtures.set('meetings', await meeting(`坏输入 ${run}`));
    fixtures.set(
      'topics',
      await post('/api/topics', unit(), { title: `议题 ${run}`, background: '背景', proposal: '建议' }),
    );
    fixtures.set('filings', await informationItem(`信息 ${run}`));
    fixtures.set('briefings', await post('/api/briefings', office(), { title: `简报 ${run}` }));
    fixtures.set('matters', await post('/api/matters', office(), matterItem(`BAD-${run}-M`)));
    fixtures.set('users', (await stack.ensureUser(`bad.${run}.office_staff`, ['office_staff'], null)).id);
  }

  async function meeting(title: string): Promise<string> {
    const body = { kind: 'liaison', title, heldOn: '2026-06-01', chair: '办公室主任' };
    return (await stack.http.post('/api/meetings').set(office()).send(body).expect(201)).body.id as string;
  }

  // An information item (信息报送) reviewed and selected for a briefing.
  async function informationItem(title: string): Promise<string> {
    const body = { kind: 'information', title, content: '内容', category: '宣传', eventDate: '2026-05-01' };
    const id = (await stack.http.post('/api/filings').set(unit()).send(body).expect(201)).body.id as string;
    await stack.http.post(`/api/filings/${id}/review`).set(office()).send({ selectedForBriefing: true }).expect(200);
    return id;
  }

  const matterItem = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    title: `坏输入 ${code}`,
    description: '说明',
    leadUnitCode: 'justice',
    coUnitCodes: [],
    dueDate: '2026-12-31',
    ...over,
  });
  afterAll(async () => {
    await stack?.stop();
    await dropOwnDatabase();
  });

  // A role the policy table lets call the route (none for a public route).
  function actorHeaders(route: ApiRoute): Record<string, string> {
    if (route.isPublic || !route.policy) {
      return {};
    }
    const role = defined((POLICIES[route.policy] as readonly UserRole[])[0], `a role for ${route.policy}`);
    return defined(tokens.get(role), `a token for ${role}`);
  }

  // The path with placeholder values: a random id (nothing there), a member unit, a year no campaign runs for; or
  // with the run's own row where `real` asks for one and the path names a resource the fixtures hold.
  function pathWith(p: string, params: Parameter[], bad?: { name: string; value: string }, real = false): string {
    const resource = /^\/api\/(\w+)\/\{id\}/.exec(p)?.[1];
    return p.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (bad?.name === name) {
        return bad.value;
      }
      const schema = params.find((x) => x.name === name)?.schema ?? {};
      if (name === 'id') {
        return (real && resource && fixtures.get(resource)) || randomUUID();
      }
      return schema.type === 'number' || schema.type === 'integer' || name === 'year'
        ? '2099'
        : name === 'code'
          ? 'justice'
          : randomUUID();
    });
  }

  function casesFor(p: string, method: string, op: Operation, book: RuleBook): Case[] {
    const name = `${method.toUpperCase()} ${p}`;
    const route = routes.find((r) => r.docPath === p && r.method === method.toUpperCase());
    if (!route) {
      throw new Error(`no controller route for ${name}`);
    }
    const headers = actorHeaders(route);
    const params = op.parameters ?? [];
    const bodySchema = op.requestBody?.content['application/json']?.schema;
    const body = bodySchema ? resolve(doc, bodySchema) : undefined;
    const validBody = body ? sampleObject(doc, body.schema) : undefined;
    const validQuery = params
      .filter((x) => x.in === 'query' && x.required)
      .map((x) => `${x.name}=${encodeURIComponent(String(sample(doc, x.schema ?? {})))}`);
    const cases: Case[] = [];
    // A write that may legitimately succeed is sent only where nothing can be written (a random id): never to a
    // create endpoint (it would start campaigns or workflows in the shared database) nor to the run's own rows.
    const isWrite = method !== 'get';
    const add = (c: Omit<Case, 'op' | 'method' | 'headers' | 'path' | 'kind'> & { path?: string }): void => {
      if (isWrite && !c.must4xx && !p.includes('{id}')) {
        return;
      }
      const kind = c.label.startsWith('path ') ? 'path' : c.label.startsWith('query ') ? 'query' : 'body';
      cases.push({ op: name, method, headers, kind, path: pathWith(p, params, undefined, c.must4xx), ...c });
    };

    // Headers the document names that the generator knows: X-Acting-As (the capacity), malformed. The guard refuses
    // them before anything else, with the operation's valid path, query and body.
    for (const param of params.filter((x) => x.in === 'header' && x.name === 'X-Acting-As')) {
      for (const value of BAD_CAPACITIES) {
        cases.push({
          op: name,
          method,
          kind: 'header',
          headers: { ...headers, [param.name]: value },
          path: pathWith(p, params, undefined, true),
          label: `header ${param.name}=${value.slice(0, 24)}`,
          query: validQuery.join('&'),
          body: validBody,
          must4xx: true,
          field: param.name,
        });
      }
    }

    // Path parameters: not UUIDs, not integers, absurdly long, unicode, NUL bytes.
    for (const param of params.filter((x) => x.in === 'path')) {
      for (const value of BAD_PATH_VALUES) {
        add({
          label: `path ${param.name}=${value.slice(0, 24)}`,
          path: pathWith(p, params, { name: param.name, value }),
          query: validQuery.join('&'),
          body: validBody,
          must4xx: true,
        });
      }
    }

    // Query strings: wrong types, unknown enum values, bad dates, repeated and object-shaped values.
    const queryRules = new Map<string, Rules>();
    for (const cls of route.dtos) {
      for (const [prop, r] of book.get(cls.name) ?? []) {
        queryRules.set(prop, r);
      }
    }
    for (const param of params.filter((x) => x.in === 'query')) {
      const s = param.schema ?? {};
      const rules = queryRules.get(param.name) ?? {};
      const others = validQuery.filter((q) => !q.startsWith(`${param.name}=`));
      const q = (label: string, value: string, must4xx: boolean): void =>
        add({
          label: `query ${param.name} ${label}`,
          query: [...others, `${param.name}=${encodeURIComponent(value)}`].join('&'),
          must4xx,
          field: param.name,
        });
      const numeric =
        s.type === 'number' ||
        s.type === 'integer' ||
        typeof s.example === 'number' ||
        s.minimum !== undefined ||
        rules.integer;
      if (param.required) {
        add({ label: `query ${param.name} missing`, query: others.join('&'), must4xx: true, field: param.name });
      }
      if (numeric) {
        q('not a number', 'abc', true);
        q('fractional', '1.5', Boolean(rules.integer) || Number.isInteger(s.example));
        q('negative', '-1', (rules.min ?? s.minimum ?? -Infinity) > -1);
        q('huge', '1e999', true);
        // Integers to JavaScript, but no page, size or year: they must not reach the database as an OFFSET.
        q('beyond a safe integer', '100000000000000000000', Boolean(rules.integer));
        q('exponent', '1e21', Boolean(rules.integer));
        q('empty', '', false);
      }
      if (s.type === 'boolean') {
        q('not a boolean', 'maybe', false);
      }
      if (s.enum) {
        q('unknown enum value', 'not-a-real-value', true);
      }
      if (s.type === 'array' && s.items?.enum) {
        q('unknown enum item', 'not-a-real-value', true);
      }
      if (DATE_EXAMPLE.test(exampleOf(s))) {
        BAD_DATES.forEach((d) => q(`date ${d}`, d, true));
      }
      if (rules.uuid || UUID_EXAMPLE.test(exampleOf(s))) {
        q('not a uuid', 'not-a-uuid', true);
      }
      q('very long', 'x'.repeat(4000), Boolean(numeric || s.enum || rules.uuid));
      q('unicode and NUL', '议题\u0000%00', Boolean(numeric || s.enum || rules.uuid));
      add({
        label: `query ${param.name} repeated`,
        query: [...others, `${param.name}=1`, `${param.name}=2`].join('&'),
        must4xx: false,
        field: param.name,
      });
      add({
        label: `query ${param.name} object-shaped`,
        query: [...others, `${param.name}[a]=1`].join('&'),
        must4xx: false,
        field: param.name,
      });
    }
    add({ label: 'query unknown parameter', query: [...validQuery, 'bogusParam=1'].join('&'), must4xx: false });

    // Bodies.
    if (body && validBody) {
      const requiresSomething = (body.schema.required ?? []).length > 0;
      add({ label: 'body missing', must4xx: requiresSomething });
      add({ label: 'body null', raw: 'null', must4xx: true });
      add({ label: 'body an array', body: [validBody], must4xx: true });
      add({ label: 'body an empty array', raw: '[]', must4xx: true });
      add({ label: 'body a string', raw: '"text"', must4xx: true });
      add({ label: 'body not JSON', raw: '{"title": tomorrow', must4xx: true });
      add({ label: 'body not JSON at all', raw: 'hello=world', must4xx: true });
      add({ label: 'body unknown property', body: { ...validBody, unexpectedField: 'x' }, must4xx: true });
      add({ label: 'body deeply nested junk', body: { ...validBody, junk: nested(2000) }, must4xx: true });
      for (const m of propertyMutations(doc, book, body, [], 0)) {
        add({ label: `body ${m.label}`, body: m.apply(validBody), must4xx: m.must4xx, field: m.field });
      }
    }
    return cases;
  }

  async function send(c: Case): Promise<{ status: number; body: { code?: unknown; message?: unknown } }> {
    const url = c.query ? `${c.path}?${c.query}` : c.path;
    let req = stack.http[c.method as 'get' | 'post' | 'patch' | 'put' | 'delete'](url).set(c.headers);
    if (c.raw !== undefined) {
      req = req.set('Content-Type', 'application/json').send(c.raw);
    } else if (c.body !== undefined) {
      req = req.send(c.body as object);
    }
    const res = await req;
    return { status: res.status, body: (res.body ?? {}) as { code?: unknown; message?: unknown } };
  }

  const isRefusal = (status: number | undefined): boolean => status !== undefined && status >= 400 && status < 500;

  // Concurrency-limited: `limit` requests in flight.
  async function inBatches<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
    const results: R[] = new Array<R>(items.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(defined(items[i], 'an item below the length'));
      }
    };
    await Promise.all(Array.from({ length: limit }, worker));
    return results;
  }

  it('answers every malformed request with a 4xx carrying a stable code and a message that names the problem', async () => {
    const book = ruleBook(routes);
    const cases: Case[] = [];
    const operations: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations.push(`${method} ${p}`);
        cases.push(...casesFor(p, method, op, book));
      }
    }
    const started = Date.now();
    const results = await inBatches(cases, 8, send);
    const failures: string[] = [];
    results.forEach((res, i) => {
      const c = defined(cases[i], 'a case for each answer');
      const where = `${c.op} [${c.label}] → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`;
      if (res.status >= 500) {
        failures.push(`5xx: ${where}`);
      } else if (c.must4xx && (res.status < 400 || res.status >= 500)) {
        failures.push(`accepted: ${where}`);
      } else if (res.status >= 400) {
        if (typeof res.body.code !== 'string' || !CODES.has(res.body.code)) {
          failures.push(`no stable code: ${where}`);
        } else if (typeof res.body.message !== 'string' || res.body.message.trim() === '') {
          failures.push(`no message: ${where}`);
        } else if (res.body.message.length > MAX_MESSAGE) {
          failures.push(`message of ${res.body.message.length} characters: ${where}`);
        } else if (c.must4xx && c.kind !== 'path' && !INPUT_CODES.has(res.body.code)) {
          failures.push(`not an input error: ${where}`);
        } else if (
          c.field &&
          c.must4xx &&
          res.status === 400 &&
          !res.body.message.toLowerCase().includes(c.field.toLowerCase())
        ) {
          failures.push(`message does not name ${c.field}: ${where}`);
        }
      }
    });
    // How many it refused, counted from the answers, against how many the generator marked as must-refuse: per
    // operation and kind, so a case that went missing or an answer miscounted shows where.
    const tally = (picked: Case[]): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const c of picked) {
        const k = `${c.op} ${c.kind}`;
        counts[k] = (counts[k] ?? 0) + 1;
      }
      return counts;
    };
    const mustRefuse = cases.filter((c) => c.must4xx);
    const refused = cases.filter((c, i) => c.must4xx && isRefusal(results[i]?.status));
    const refusedAll = results.filter((res) => isRefusal(res.status)).length;
    console.log(
      `bad input: ${operations.length} operations, ${cases.length} requests (${mustRefuse.length} must be 4xx; ` +
        `${refused.length} of them refused, ${refusedAll} refused in all) in ${Date.now() - started} ms; ` +
        `${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(results).toHaveLength(cases.length);
    expect(tally(refused)).toEqual(tally(mustRefuse));
    expect(refused).toHaveLength(mustRefuse.length);
    expect(refusedAll).toBeGreaterThanOrEqual(mustRefuse.length);
    expect(operations.length).toBeGreaterThanOrEqual(85);
    // The capacity header is tried on every operation that documents it (every controller under Authenticated()).
    expect(new Set(cases.filter((c) => c.kind === 'header').map((c) => c.op)).size).toBeGreaterThanOrEqual(70);
    expect(cases.length).toBeGreaterThanOrEqual(2000);
  }, 240_000);

  // Never half-applied: a command that creates several rows either creates them all or, refused, none.
  describe('a refused command leaves nothing behind', () => {
    const takenCode = (): string => `BAD-${run}-M`; // the fixture matter's code
    const badItems = (tag: string): [string, Record<string, unknown>][] => [
      ['an unknown lead unit', matterItem(`${tag}-X1`, { leadUnitCode: 'no-such-unit' })],
      ['a date that does not exist', matterItem(`${tag}-X2`, { dueDate: '2026-02-30' })],
      ['a co-unit named twice', matterItem(`${tag}-X3`, { coUnitCodes: ['finance', 'finance'] })],
      ['a code already taken', matterItem(takenCode())],
      ['a code repeated in the request', matterItem(`${tag}-A`)],
      ['a wrong-type field', matterItem(`${tag}-X4`, { priority: 7 })],
    ];
    const countMatters = (codes: string[]) => stack.dataSource.getRepository(MatterEntity).countBy({ code: In(codes) });
    const countReserved = (codes: string[]) =>
      stack.dataSource.getRepository(MatterCodeEntity).countBy({ code: In(codes) });

    it('holding a meeting with one bad agreed matter among good ones dispatches none and leaves it planned', async () => {
      const id = await meeting(`坏输入 举行 ${run}`);
      for (const [i, [what, bad]] of badItems(`BAD-${run}-H`).entries()) {
        const good = [matterItem(`BAD-${run}-H-A`), matterItem(`BAD-${run}-H-B${i}`)];
        const res = await stack.http
          .post(`/api/meetings/${id}/hold`)
          .set(office())
          .send({ minutes: '纪要', attendance: [{ person: '王晓明' }], matters: [...good, bad] });
        expect({ what, status: res.status, code: typeof res.body.code }).toEqual({
          what,
          status: res.status,
          code: 'string',
        });
        expect({ what, refused: res.status >= 400 && res.status < 500 }).toEqual({ what, refused: true });
        const codes = good.map((g) => g.code);
        expect({ what, matters: await countMatters(codes), reserved: await countReserved(codes) }).toEqual({
          what,
          matters: 0,
          reserved: 0,
        });
      }
      const read = await stack.http.get(`/api/meetings/${id}`).set(office()).expect(200);
      expect(read.body).toMatchObject({ status: 'planned' });
      expect(read.body.minutes ?? null).toBeNull();
    });

    it("creating a meeting's matters in one request with one bad item creates none", async () => {
      const id = await meeting(`坏输入 批量 ${run}`);
      for (const [i, [what, bad]] of badItems(`BAD-${run}-B`).entries()) {
        const good = [matterItem(`BAD-${run}-B-A`), matterItem(`BAD-${run}-B-B${i}`)];
        const res = await stack.http
          .post(`/api/meetings/${id}/matters`)
          .set(office())
          .send({ matters: [...good, bad] });
        expect({ what, refused: res.status >= 400 && res.status < 500, code: typeof res.body.code }).toEqual({
          what,
          refused: true,
          code: 'string',
        });
        const codes = good.map((g) => g.code);
        expect({ what, matters: await countMatters(codes), reserved: await countReserved(codes) }).toEqual({
          what,
          matters: 0,
          reserved: 0,
        });
      }
      const listed = await stack.http.get('/api/matters').query({ meetingId: id }).set(office()).expect(200);
      expect(listed.body.total).toBe(0);
    });

    it('compiling a briefing with one bad item id creates no issue', async () => {
      const good = await informationItem(`信息 简报 ${run}`);
      const title = `坏输入 简报 ${run}`;
      const cases: [string, unknown[]][] = [
        ['an id that names nothing', [good, randomUUID()]],
        ['an id that is not a UUID', [good, 'not-a-uuid']],
        ['a filing not selected for a briefing', [good, fixtures.get('filings')!, await unselected()]],
        ['a number', [good, 42]],
      ];
      for (const [what, itemIds] of cases) {
        const res = await stack.http.post('/api/briefings').set(office()).send({ title, itemIds });
        expect({ what, refused: res.status >= 400 && res.status < 500, code: typeof res.body.code }).toEqual({
          what,
          refused: true,
          code: 'string',
        });
      }
      expect(await stack.dataSource.getRepository(BriefingEntity).countBy({ title })).toBe(0);
    });

    // A major-matter filing, reviewed but (being no information item) never selected for a briefing.
    async function unselected(): Promise<string> {
      const body = {
        kind: 'major_matter',
        title: `重大 ${run}`,
        content: '内容',
        category: '执法',
        eventDate: '2026-05-01',
      };
      return (await stack.http.post('/api/filings').set(unit()).send(body).expect(201)).body.id as string;
    }
  });
});
