import type { MatterCodeCheck, MatterCodePatternView, MatterCodeProposal } from '@app/contracts';
import { DEFAULT_MATTER_CODE_PATTERN } from '@app/domain';
import { aMatter, leader, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// 事项编号 on the real stack: the office's yearly register. Register years of our own (2043, 2044: no other file
// numbers matters in them) keep the numbering exact while other files dispatch.
const YEAR = 2043;
const OTHER_YEAR = 2044;
const DUE = '2027-03-31';

describe('matter code register', () => {
  let stack: TestStack;
  const director = office('codes.director');
  const as = (who = director) => stack.headers(who);

  const proposal = async (year: number, count?: number): Promise<MatterCodeProposal> => {
    const res = await stack.http
      .get('/api/matters/code-proposal')
      .query({ year, ...(count ? { count } : {}) })
      .set(await as());
    expect(res.status).toBe(200);
    return res.body as MatterCodeProposal;
  };
  const check = async (code: string): Promise<MatterCodeCheck> => {
    const res = await stack.http
      .get('/api/matters/code-check')
      .query({ code })
      .set(await as());
    expect(res.status).toBe(200);
    return res.body as MatterCodeCheck;
  };
  const dispatch = async (code: string, title: string) =>
    stack.http
      .post('/api/matters')
      .set(await as())
      .send({ ...aMatter().lead('justice').due(DUE).title(title).build(), code, year: YEAR });
  const putPattern = async (body: object, who = director) =>
    stack.http
      .put('/api/matters/code-pattern')
      .set(await as(who))
      .send(body);
  const planMeeting = async (): Promise<string> =>
    (
      await stack.http
        .post('/api/meetings')
        .set(await as())
        .send({ kind: 'plenary', title: '编号登记测试全体会议', heldOn: '2026-12-20', chair: '召集人' })
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    // The register starts from the default pattern, whatever another file left (the fuzzer may set one).
    expect((await putPattern({ pattern: DEFAULT_MATTER_CODE_PATTERN, reason: '编号登记测试：默认格式' })).status).toBe(
      200,
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('proposes the next free number of the year, and the next one after a dispatch', async () => {
    const first = await proposal(YEAR);
    expect(first).toMatchObject({ year: YEAR, pattern: DEFAULT_MATTER_CODE_PATTERN });
    expect(first.code).toBe(`五联督〔${YEAR}〕${first.number}号`);
    expect(first.codes).toEqual([first.code]);
    expect(await check(first.code)).toMatchObject({
      available: true,
      reason: null,
      takenBy: null,
      matchesPattern: true,
    });

    const created = await dispatch(first.code, '编号登记：第一件');
    expect(created.status).toBe(201);
    const second = await proposal(YEAR);
    expect(second.number).toBe(first.number + 1);
    expect(second.code).toBe(`五联督〔${YEAR}〕${first.number + 1}号`);
    // Another year keeps its own numbers.
    expect((await proposal(OTHER_YEAR)).number).toBe(1);

    // A code typed further ahead counts: the next proposal comes after the largest number used.
    const ahead = `五联督〔${YEAR}〕${first.number + 5}号`;
    expect((await dispatch(ahead, '编号登记：跳号')).status).toBe(201);
    const next = await proposal(YEAR, 3);
    expect(next.codes).toEqual([6, 7, 8].map((k) => `五联督〔${YEAR}〕${first.number + k}号`));
  });

  it('says a typed code is taken, by which matter, in Chinese; and that a malformed one is no code', async () => {
    const { code } = await proposal(YEAR);
    const created = await dispatch(code, '编号登记：已占用的事项');
    expect(created.status).toBe(201);
    expect(await check(code)).toEqual({
      code,
      available: false,
      reason: '已被占用：编号登记：已占用的事项',
      takenBy: { matterId: created.body.id, title: '编号登记：已占用的事项' },
      matchesPattern: true,
    });
    expect(await check('WH 2043')).toMatchObject({ available: false, takenBy: null });
    expect((await check('WH 2043')).reason).toContain('不能有空格');
    expect(await check(`X-${YEAR}-free-${Date.now()}`)).toMatchObject({ available: true, matchesPattern: false });

    const again = await dispatch(code, '编号登记：重复编号');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'MATTER_CODE_TAKEN',
      message: `编号「${code}」已被事项「编号登记：已占用的事项」占用，请改用其他编号。`,
      details: { code, takenBy: { matterId: created.body.id, title: '编号登记：已占用的事项' } },
    });
  });

  it('refuses a batch with a taken code as a whole, naming its row, and a batch repeating a code', async () => {
    const meetingId = await planMeeting();
    const { codes } = await proposal(YEAR, 3);
    const [a, b, c] = codes as [string, string, string];
    expect((await dispatch(b, '编号登记：先交办的事项')).status).toBe(201);
    const item = (code: string, title: string) => ({
      ...aMatter().lead('finance').due(DUE).title(title).build(),
      code,
    });
    const batch = async (matters: object[]) =>
      stack.http
        .post(`/api/meetings/${meetingId}/matters`)
        .set(await as())
        .send({ matters });

    const refused = await batch([item(a, '批量第一行'), item(b, '批量第二行'), item(c, '批量第三行')]);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('MATTER_CODE_TAKEN');
    expect(refused.body.message).toBe(`第 2 行：编号「${b}」已被事项「编号登记：先交办的事项」占用，请改用其他编号。`);
    expect(refused.body.details).toMatchObject({ row: 2, code: b, takenBy: { title: '编号登记：先交办的事项' } });
    // Nothing of the batch was dispatched, and its other codes stay free.
    expect((await check(a)).available).toBe(true);
    expect((await check(c)).available).toBe(true);

    const repeated = await batch([item(a, '批量第一行'), item(c, '批量第二行'), item(a, '批量第三行')]);
    expect(repeated.status).toBe(400);
    expect(repeated.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: `第 3 行的编号「${a}」与第 1 行重复，请改用不同的编号。`,
      details: { row: 3, code: a, rows: [1, 3] },
    });
    // Any other refusal of a row's content names the row too (here: the lead unit also named as co-unit).
    const twice = await batch([item(a, '批量第一行'), { ...item(c, '批量第二行'), coUnitCodes: ['finance'] }]);
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    expect(twice.body.message).toMatch(new RegExp(`^第 2 行（${c}）：`));
    expect(twice.body.details).toEqual({ row: 2, code: c });
  });

  it('lets the office change the pattern with a reason (audited), and refuses others and bad patterns', async () => {
    const before = await stack.http
      .get('/api/matters/code-pattern')
      .set(await as())
      .expect(200);
    const old = (before.body as MatterCodePatternView).pattern;
    expect(before.body).toMatchObject({
      pattern: DEFAULT_MATTER_CODE_PATTERN,
      isDefault: false,
      setBy: 'codes.director',
    });

    for (const who of [unitUser('justice', 'codes.liaison'), leader('codes.convener')]) {
      const res = await putPattern({ pattern: 'WH-{year}-{n:3}', reason: '不应能改' }, who);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      const read = await stack.http
        .get('/api/matters/code-proposal')
        .query({ year: YEAR })
        .set(await as(who));
      expect(read.status).toBe(403);
    }
    for (const body of [
      { pattern: 'WH-{n:3}', reason: '缺年份' },
      { pattern: 'WH-{year}{n}', reason: '序号紧挨年份' },
      { pattern: 'WH {year}-{n}', reason: '有空格' },
      { pattern: 'WH-{year}-{n}' },
      { pattern: 'WH-{year}-{n}', reason: ' ' },
    ]) {
      const res = await putPattern(body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    }
    const refused = await putPattern({ pattern: 'WH-{n:3}', reason: '缺年份' });
    expect(refused.body.message).toBe('pattern（编号格式）：编号格式须含一个 {year}（年份），现有 0 个。');

    const set = await putPattern({ pattern: 'WH-{year}-{n:3}', reason: '按督办规则统一为三位序号' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ pattern: 'WH-{year}-{n:3}', isDefault: false, setBy: 'codes.director' });
    const audit = await stack.dataSource.query<{ actor_user_id: string; detail: string | object }[]>(
      "SELECT actor_user_id, detail FROM audit_log WHERE action = 'matters.code_pattern_set' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]?.actor_user_id).toBe('codes.director');
    const detail = audit[0]!.detail;
    expect(typeof detail === 'string' ? JSON.parse(detail) : detail).toMatchObject({
      capacity: 'office',
      old,
      new: 'WH-{year}-{n:3}',
      reason: '按督办规则统一为三位序号',
    });
    // Numbers in the new pattern run on their own: none of the year's codes is written in it yet.
    expect((await proposal(OTHER_YEAR)).code).toBe(`WH-${OTHER_YEAR}-001`);

    // Back to the default pattern.
    expect((await putPattern({ pattern: old, reason: '测试结束，恢复原格式' })).status).toBe(200);
  });
});
