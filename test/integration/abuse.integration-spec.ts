import { randomUUID } from 'node:crypto';

import { AuditLogEntity, AuditRepository } from '@app/database';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';
import type { ConfigService } from '@nestjs/config';

import { RefusalAudit } from '../../apps/api/src/common/refusal-audit';
import { withLoginLimit } from '../support/login-throttle';
import { productApps } from '../support/product-apps';

const PASSWORD = 'Test-Password-2026!';
const ADMIN_PASSWORD = process.env.ADMIN_INITIAL_PASSWORD!;

// Tried as a hostile user would: nobody can lock anyone else's account, a lock does not tell whether a username
// exists, a forwarded address is believed only from a configured proxy, a token dies at logout, and bcrypt's
// 72-byte limit is not a silent truncation.
describe('abuse: logins behind a trusted proxy', () => {
  let stack: TestStack;
  const saved = process.env.TRUST_PROXY;

  beforeAll(async () => {
    process.env.TRUST_PROXY = 'loopback';
    stack = await TestStack.start(productApps);
  });
  afterAll(async () => {
    await stack?.stop();
    if (saved === undefined) {
      delete process.env.TRUST_PROXY;
    } else {
      process.env.TRUST_PROXY = saved;
    }
  });

  const login = (username: string, from: string, password = PASSWORD) =>
    stack.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ username, password });

  it("locks a username only for the address that failed, so a stranger cannot lock the director's account", async () => {
    const user = await stack.ensureUser('abuse.director', ['office_director'], null);
    for (let i = 0; i < 5; i++) {
      expect((await login('abuse.director', '203.0.113.7', 'Wrong-Password-123')).status).toBe(401);
    }
    const locked = await login('abuse.director', '203.0.113.7');
    expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 429, code: 'ACCOUNT_LOCKED' });
    // The director, at her own desk, logs in.
    await login('abuse.director', '198.51.100.20').expect(200);
    const lockouts = await stack.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'auth.lockout', actorUserId: 'abuse.director' });
    expect(lockouts.map((a) => a.ip)).toEqual(['203.0.113.7']);

    // An administrator's password reset lifts the lock for that address too.
    const admin = (await login('admin', '198.51.100.21', ADMIN_PASSWORD).expect(200)).body as { accessToken: string };
    await stack.http
      .post(`/api/users/${user.id}/password`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ password: 'Brand-New-Passw0rd' })
      .expect(204);
    await login('abuse.director', '203.0.113.7', 'Brand-New-Passw0rd').expect(200);
  });

  it('answers a username that does not exist exactly as one that does, locked or not', async () => {
    await stack.ensureUser('abuse.exists', ['unit_liaison'], 'justice');
    const answers = async (username: string) => {
      const statuses: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(username, '203.0.113.9', 'Wrong-Password-123');
        statuses.push({ status: res.status, body: res.body as unknown });
      }
      return statuses;
    };
    const real = await answers('abuse.exists');
    const ghost = await answers('abuse.no-such-user');
    expect(ghost).toEqual(real);
    expect(real.at(-1)).toMatchObject({ status: 429, body: { code: 'ACCOUNT_LOCKED' } });
  });
});

describe('abuse: default settings', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start(productApps, withLoginLimit(3));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('does not believe X-Forwarded-For from an untrusted peer: the per-address login limit holds', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await stack.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `192.0.2.${i + 1}`)
        .send({ username: `xff.${i}`, password: 'Wrong-Password-1' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('abuse: sessions and passwords', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    await stack.ensureUser('abuse.session', ['office_staff'], null);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('sends a Content-Security-Policy for the console, not for the OpenAPI page', async () => {
    const page = await stack.http.get('/');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect((await stack.http.get('/api/docs/')).headers['content-security-policy']).toBeUndefined();
  });

  it("lets no cache keep what the API answers (data, papers, health), while the console's files stay cacheable", async () => {
    const headers = await stack.headers({ userId: 'abuse.cache', role: 'office' });
    for (const path of ['/api/matters', '/api/units', '/api/notifications', '/health']) {
      const res = await stack.http.get(path).set(headers);
      // (/health's own checker says more: no-cache, no-store, must-revalidate.)
      expect([path, res.status < 500, res.headers['cache-control']]).toEqual([
        path,
        true,
        expect.stringContaining('no-store'),
      ]);
    }
    // A refusal is not kept either.
    const refused = await stack.http.get('/api/matters');
    expect([refused.status, refused.headers['cache-control']]).toEqual([401, 'no-store']);
    // The console's own files keep their caching (index.html no-cache, hashed assets immutable).
    expect((await stack.http.get('/')).headers['cache-control']).not.toBe('no-store');
  });

  it('ends the access token at logout', async () => {
    const session = (await stack.http.post('/api/auth/login').send({ username: 'abuse.session', password: PASSWORD }))
      .body as { accessToken: string; refreshToken: string };
    const bearer = { Authorization: `Bearer ${session.accessToken}` };
    await stack.http.get('/api/auth/me').set(bearer).expect(200);
    await stack.http.post('/api/auth/logout').set(bearer).send({ refreshToken: session.refreshToken }).expect(204);
    const after = await stack.http.get('/api/auth/me').set(bearer);
    expect({ status: after.status, code: after.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    // A token refreshed from the same login keeps working until then, and another login is untouched.
    const other = (await stack.http.post('/api/auth/login').send({ username: 'abuse.session', password: PASSWORD }))
      .body as { accessToken: string; refreshToken: string };
    const rotated = (await stack.http.post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(200))
      .body as { accessToken: string };
    await stack.http.get('/api/auth/me').set('Authorization', `Bearer ${rotated.accessToken}`).expect(200);
    await stack.http.get('/api/auth/me').set('Authorization', `Bearer ${other.accessToken}`).expect(200);
  });

  it('refuses passwords over 72 bytes instead of checking only their first 72', async () => {
    const long = `${'Aa1!'.repeat(18)}-tail`; // 77 bytes: bcrypt would ignore "-tail"
    const res = await stack.http.post('/api/auth/login').send({ username: 'abuse.session', password: long });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.message).toContain('72 bytes');
    const admin = (await stack.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }))
      .body as { accessToken: string };
    const created = await stack.http
      .post('/api/users')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ username: 'abuse.long', displayName: '长密码', roles: ['office_staff'], password: '知识产权'.repeat(7) });
    expect({ status: created.status, code: created.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });
});

describe('abuse: refused requests', () => {
  let stack: TestStack;
  const rows = (action: string, actorUserId: string | null) =>
    stack.dataSource.getRepository(AuditLogEntity).findBy({ action, ...(actorUserId ? { actorUserId } : {}) });
  const counted = (list: AuditLogEntity[]) => list.reduce((n, r) => n + Number(r.detail.count), 0);

  beforeAll(async () => {
    // The suite runs with a refusal limit no test reaches; this one allows five a minute.
    const config = { get: (k: string) => (k === 'THROTTLE_REFUSALS_PER_MINUTE' ? 5 : process.env[k]) };
    stack = await TestStack.start(productApps, (b) =>
      b.overrideProvider(RefusalAudit).useFactory({
        factory: (audit: AuditRepository) => new RefusalAudit(audit, config as unknown as ConfigService),
        inject: [AuditRepository],
      }),
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('limits 403s per person and audits them one row per person, route and minute', async () => {
    const prober = await stack.headers(unitUser('justice', 'abuse.prober'));
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await stack.http.get('/api/users').set(prober)).status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429, 429]);
    // Another person is not slowed down by the prober.
    await stack.http
      .get('/api/auth/me')
      .set(await stack.headers(office('abuse.bystander')))
      .expect(200);
    await stack.api.get(RefusalAudit).flush();
    const refused = await rows('permission.refused', 'abuse.prober');
    expect(refused.length).toBeLessThanOrEqual(2); // one per minute: the run may straddle a minute
    expect(counted(refused)).toBe(5);
    expect(refused.every((r) => r.target === 'GET /api/users')).toBe(true);
  });

  it("audits a unit's reads of another unit's matter and bearer tokens that were forged", async () => {
    const m = await new MatterApi(stack).dispatch(aMatter().lead('finance').build(), office('abuse.office'));
    const snooper = await stack.headers(unitUser('justice', 'abuse.snooper'));
    for (let i = 0; i < 3; i++) {
      await stack.http.get(`/api/matters/${m.id}`).set(snooper).expect(404);
    }
    // A path of this test's own, so that other files' forged tokens (same database, same address) are not counted.
    const probe = `/api/matters/${randomUUID()}`;
    for (let i = 0; i < 4; i++) {
      await stack.http.get(probe).set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.').expect(401);
    }
    await stack.api.get(RefusalAudit).flush();
    const unseen = await rows('access.not_found', 'abuse.snooper');
    expect(counted(unseen)).toBe(3);
    expect(unseen[0]?.target).toBe('GET /api/matters/:id');
    expect(unseen[0]?.detail.path).toBe(`/api/matters/${m.id}`);
    const forged = (await rows('auth.token_refused', null)).filter((r) => r.detail.path === probe);
    expect(counted(forged)).toBe(4);
    expect(forged.length).toBeLessThanOrEqual(2);
  });
});
