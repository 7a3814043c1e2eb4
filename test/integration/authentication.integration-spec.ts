import { createHmac } from 'node:crypto';

import { AuditLogEntity } from '@app/database';
import { TestStack } from '@app/testing';

import { withLoginLimit } from '../support/login-throttle';
import { productApps } from '../support/product-apps';
import { JwtService } from '@nestjs/jwt';

const PASSWORD = 'Test-Password-2026!';
const ADMIN_PASSWORD = process.env.ADMIN_INITIAL_PASSWORD!;

describe('authentication', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    await stack.ensureUser('auth.office', ['office_staff'], null, '办公室·测试');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const login = (username: string, password = PASSWORD) =>
    stack.http.post('/api/auth/login').send({ username, password });
  const me = (token: string) => stack.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const refresh = (refreshToken: string) => stack.http.post('/api/auth/refresh').send({ refreshToken });

  it('logs in and identifies the user from the token', async () => {
    const res = await login('auth.office').expect(200);
    expect(res.body).toMatchObject({
      expiresIn: 900,
      user: { username: 'auth.office', roles: ['office_staff'], unitCode: null },
    });
    const who = await me(res.body.accessToken).expect(200);
    expect(who.body).toMatchObject({ username: 'auth.office', displayName: '办公室·测试' });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await login('auth.office', 'Not-The-Password-1');
    const unknown = await login('nobody.here', 'Not-The-Password-1');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('refuses an expired access token', async () => {
    const user = await stack.ensureUser('auth.expiry', ['office_staff'], null);
    const jwt = stack.api.get(JwtService);
    const expired = await jwt.signAsync({
      sub: user.id,
      usr: user.username,
      typ: 'access',
      exp: Math.floor(Date.now() / 1000) - 5,
    });
    const res = await me(expired);
    expect({ status: res.status, code: res.body.code, message: res.body.message }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'The access token has expired; refresh it.',
    });
  });

  it('refuses forged and tampered tokens, and tokens without the HS256 signature', async () => {
    const { accessToken } = (await login('auth.office').expect(200)).body as { accessToken: string };
    const [header = '', payload = '', signature = ''] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const admin = await stack.ensureUser('auth.someadmin', ['admin'], null);
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: admin.id })).toString('base64url')}.${signature}`;
    const forgedSig = createHmac('sha256', 'not-our-secret-not-our-secret-000000')
      .update(`${header}.${payload}`)
      .digest('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    for (const token of [tampered, `${header}.${payload}.${forgedSig}`, none, 'garbage', `${accessToken}x`]) {
      const res = await me(token);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
    const refreshAsAccess = await me((await login('auth.office')).body.refreshToken as string);
    expect(refreshAsAccess.status).toBe(401);
  });

  it('rotates refresh tokens, and a replayed one revokes the whole session', async () => {
    const first = (await login('auth.office').expect(200)).body as { refreshToken: string };
    const second = (await refresh(first.refreshToken).expect(200)).body as {
      refreshToken: string;
      accessToken: string;
    };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await me(second.accessToken).expect(200);
    const third = (await refresh(second.refreshToken).expect(200)).body as { refreshToken: string };

    // The first token again: reuse is detected and every token of this login dies, including the newest.
    const replay = await refresh(first.refreshToken);
    expect({ status: replay.status, message: replay.body.message }).toEqual({
      status: 401,
      message: 'This refresh token was already used; log in again.',
    });
    expect((await refresh(third.refreshToken)).status).toBe(401);
    const audit = await stack.dataSource.getRepository(AuditLogEntity).findBy({ action: 'auth.refresh_reuse' });
    expect(audit.length).toBeGreaterThan(0);
    // A separate login is a separate family and is unaffected.
    const other = (await login('auth.office').expect(200)).body as { refreshToken: string };
    await refresh(other.refreshToken).expect(200);
  });

  it('logs out: the refresh token and its family stop working', async () => {
    const session = (await login('auth.office').expect(200)).body as { refreshToken: string; accessToken: string };
    await stack.http
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${session.accessToken}`)
      .send({ refreshToken: session.refreshToken })
      .expect(204);
    expect((await refresh(session.refreshToken)).status).toBe(401);
  });

  it('locks an account after 5 failures, even for the right password, until an admin resets it', async () => {
    const user = await stack.ensureUser('auth.lockme', ['unit_liaison'], 'justice');
    for (let i = 0; i < 4; i++) {
      expect((await login('auth.lockme', 'Wrong-Password-123')).status).toBe(401);
    }
    expect((await login('auth.lockme', 'Wrong-Password-123')).status).toBe(401);
    const locked = await login('auth.lockme');
    expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 429, code: 'ACCOUNT_LOCKED' });
    const lockouts = await stack.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'auth.lockout', actorUserId: 'auth.lockme' });
    expect(lockouts).toHaveLength(1);

    const admin = (await login('admin', ADMIN_PASSWORD).expect(200)).body as { accessToken: string };
    await stack.http
      .post(`/api/users/${user.id}/password`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ password: 'Brand-New-Passw0rd' })
      .expect(204);
    await login('auth.lockme', 'Brand-New-Passw0rd').expect(200);
  });

  it('lets the admin create, change and disable accounts; a disabled account is out at once', async () => {
    const admin = {
      Authorization: `Bearer ${(await login('admin', ADMIN_PASSWORD).expect(200)).body.accessToken as string}`,
    };
    // Finance's new liaison; `over` changes fields (an undefined one is left out of the body).
    const create = (over: object = {}) =>
      stack.http
        .post('/api/users')
        .set(admin)
        .send({
          username: 'finance.new',
          displayName: '新联络员',
          roles: ['unit_liaison'],
          unitCode: 'finance',
          password: 'Valid-Passw0rd-1',
          ...over,
        });
    const bad = await create({ unitCode: undefined });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    const weak = await create({ password: 'aaaaaaaaaaaa' });
    expect(weak.status).toBe(422);
    const created = await create().expect(201);
    const again = await create({ displayName: 'x', roles: ['leadership'], unitCode: undefined });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'USERNAME_TAKEN' });

    const session = (await login('finance.new', 'Valid-Passw0rd-1').expect(200)).body as {
      accessToken: string;
      refreshToken: string;
    };
    await me(session.accessToken).expect(200);
    // null for the yes/no field is "not given" (found by the fuzz test: it was written into the NOT NULL column).
    const unchanged = await stack.http
      .patch(`/api/users/${created.body.id}`)
      .set(admin)
      .send({ displayName: '新联络员', disabled: null })
      .expect(200);
    expect(unchanged.body.disabled).toBe(false);
    await stack.http.patch(`/api/users/${created.body.id}`).set(admin).send({ disabled: true }).expect(200);
    expect((await me(session.accessToken)).status).toBe(401);
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await login('finance.new', 'Valid-Passw0rd-1')).status).toBe(401);
  });

  it('files roster changes with effective dates and keeps the history', async () => {
    const officeUser = {
      Authorization: `Bearer ${(await login('auth.office').expect(200)).body.accessToken as string}`,
    };
    const file = (body: object) => stack.http.post('/api/units/statistics/roster').set(officeUser).send(body);
    await file({ kind: 'liaison_officer', personName: '张三', effectiveFrom: '2025-01-01', reason: '首次备案' }).expect(
      201,
    );
    await file({
      kind: 'liaison_officer',
      personName: '李四',
      phone: '0871-63210000',
      effectiveFrom: '2026-03-01',
      reason: '工作调动',
    }).expect(201);
    const later = await file({
      kind: 'liaison_officer',
      personName: '王五',
      effectiveFrom: '2099-01-01',
      reason: '预先备案',
    }).expect(201);
    expect(later.body.liaisonOfficer).toMatchObject({ personName: '李四', filedBy: 'auth.office' });
    expect(later.body.history.map((h: { personName: string }) => h.personName)).toEqual(['王五', '李四', '张三']);
    expect(later.body.responsibleOfficial).toBeNull();
    const badDate = await file({ kind: 'liaison_officer', personName: 'x', effectiveFrom: '2026-02-30', reason: 'x' });
    expect({ status: badDate.status, code: badDate.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const unknownUnit = await stack.http.get('/api/units/atlantis/roster').set(officeUser);
    expect(unknownUnit.status).toBe(404);
  });
});

describe('rate limits', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start(productApps, withLoginLimit(3));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('limits login attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await stack.http.post('/api/auth/login').send({ username: `rate.${i}`, password: 'Wrong-Password-1' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const res = await stack.http.post('/api/auth/login').send({ username: 'rate.x', password: 'x' });
    expect(res.body.code).toBe('TOO_MANY_REQUESTS');
  });
});
