import { randomUUID } from 'node:crypto';

import type { AssessmentEvidence, AssessmentRow, AssessmentSheet, UnitScorecard } from '@app/contracts';
import {
  CampaignEntity,
  CampaignUnitEntity,
  EscalationEntity,
  FilingEntity,
  MatterAssignmentEntity,
  MatterEntity,
  MatterEventEntity,
} from '@app/database';
import type { UnitCounts } from '@app/domain';
import { DEFAULT_ASSESSMENT_WEIGHTS, scoreOf } from '@app/domain';
import { aMatter, eventually, leader, MatterApi, office, TestStack, unitUser } from '@app/testing';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';

import { productApps } from '../support/product-apps';

// 考核 on the real stack. A year of our own (2072, a campaign year no other file uses) holds rows seeded as the
// projection writes them, so its sheet is exact: justice met every duty, finance missed them. The current year is
// walked through the real workflow (a matter closed on time) and compared with the scorecard's same figures.
const YEAR = 2072;
const at = (date: string, hour = 10): Date => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
// Due dates stay within the ten years the API accepts; the instants the year is counted by lie in 2072.
const DUE = '2027-06-30';

interface Seeded {
  matterIds: string[];
  campaignId: string;
  filingId: string;
  onTime: string;
  late: string;
}

function matterRow(id: string, code: string, lead: string, onTime: boolean): MatterEntity {
  return Object.assign(new MatterEntity(), {
    id,
    code,
    title: onTime ? '建立知识产权纠纷调解机制（考核测试）' : '落实质押融资风险补偿（考核测试）',
    description: '考核测试数据',
    meetingId: null,
    source: '考核测试',
    leadUnitCode: lead,
    coUnitCodes: [],
    dueDate: DUE,
    originalDueDate: DUE,
    priority: 'normal',
    year: 2027,
    status: 'closed',
    light: 'none',
    extensionPending: false,
    extensionCount: 0,
    createdBy: 'assessment-test',
    createdAt: at(`${YEAR}-03-02`),
    closedAt: at(`${YEAR}-05-20`),
    cancelledAt: null,
    updatedAt: at(`${YEAR}-05-20`),
    effectiveDueDate: DUE,
    chargedDueDate: null,
    answerableUnitCode: null,
    predictedBreachAt: null,
    escalationLevel: onTime ? null : 'report',
    deadlineProvisional: false,
    closedOnTime: onTime,
    closeWorkingDays: 50,
    seq: 9,
    state: { seeded: 'assessment' } as never,
  });
}

function assignmentRow(m: MatterEntity, onTime: boolean): MatterAssignmentEntity {
  return Object.assign(new MatterAssignmentEntity(), {
    matterId: m.id,
    position: 0,
    unitCode: m.leadUnitCode,
    role: 'lead',
    status: 'completed',
    matterStatus: 'closed',
    dueDate: DUE,
    percent: 100,
    returnCount: onTime ? 0 : 1,
    assignedAt: at(`${YEAR}-03-02`),
    acknowledgedAt: at(onTime ? `${YEAR}-03-03` : `${YEAR}-03-10`),
    lastProgressAt: at(`${YEAR}-04-01`),
    completedAt: at(`${YEAR}-05-20`),
    ackDueAt: null,
    progressDueAt: null,
    ackWorkingDays: onTime ? 1 : 6,
    acknowledgedOnTime: onTime,
    clockPaused: false,
    duty: 'none',
    chargedDueDate: null,
    seq: 9,
  });
}

const event = (matterId: string, seq: number, type: string, date: string, unitCode: string | null, data = {}) =>
  Object.assign(new MatterEventEntity(), {
    matterId,
    seq,
    type,
    at: at(date),
    actorUserId: 'assessment-test',
    actorRole: 'system',
    actorUnitCode: null,
    unitCode,
    reason: null,
    data,
  });

async function seedYear(ds: DataSource): Promise<Seeded> {
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const onTime = matterRow(randomUUID(), `ASSESS-${tag}-1`, 'justice', true);
  const late = matterRow(randomUUID(), `ASSESS-${tag}-2`, 'finance', false);
  // Not repository.insert([...]): after a multi-row insert TypeORM reads back the columns with defaults and writes
  // them, ids included, into the objects by position, which swapped the two ids whenever MySQL returned the rows in
  // the other order (half the runs: the "late" matter was then the on-time one, and missing from its evidence).
  await ds.createQueryBuilder().insert().into(MatterEntity).values([onTime, late]).updateEntity(false).execute();
  await ds.getRepository(MatterAssignmentEntity).insert([assignmentRow(onTime, true), assignmentRow(late, false)]);
  await ds.getRepository(MatterEventEntity).save([
    event(onTime.id, 1, 'matter.dispatched', `${YEAR}-03-02`, null),
    event(onTime.id, 2, 'assignment.acknowledged', `${YEAR}-03-03`, 'justice'),
    event(onTime.id, 3, 'matter.closed', `${YEAR}-05-20`, null),
    event(late.id, 1, 'matter.dispatched', `${YEAR}-03-02`, null),
    event(late.id, 2, 'supervision.escalated', `${YEAR}-03-05`, 'finance', { level: 'reminder', reason: 'ack_missed' }),
    event(late.id, 3, 'assignment.acknowledged', `${YEAR}-03-10`, 'finance'),
    event(late.id, 4, 'supervision.clock_paused', `${YEAR}-04-10`, 'finance', {
      reason: 'completion_awaiting_verification',
    }),
    event(late.id, 5, 'matter.completion_returned', `${YEAR}-04-15`, null, { reason: '材料不全' }),
    event(late.id, 6, 'supervision.escalated', `${YEAR}-04-20`, 'finance', { level: 'report', reason: 'overdue' }),
    // A leadership instruction (批示) is no evidence of anything.
    event(late.id, 7, 'matter.instruction_given', `${YEAR}-04-21`, null, { text: '请抓紧' }),
    event(late.id, 8, 'matter.closed', `${YEAR}-05-20`, null),
  ]);
  const escalation = (seq: number, level: string, reason: string, date: string) =>
    Object.assign(new EscalationEntity(), {
      matterId: late.id,
      seq,
      level,
      reason,
      origin: 'auto',
      unitCode: 'finance',
      at: at(date),
      noticeNo: null,
      notified: [],
    });
  await ds
    .getRepository(EscalationEntity)
    .insert([
      escalation(2, 'reminder', 'progress_missed', `${YEAR}-03-20`),
      escalation(6, 'report', 'overdue', `${YEAR}-04-20`),
    ]);
  const filingId = randomUUID();
  await ds.getRepository(FilingEntity).insert({
    id: filingId,
    kind: 'information',
    unitCode: 'justice',
    title: '司法局开展知识产权调解（考核测试）',
    content: '考核测试数据',
    category: 'work',
    attachments: [],
    eventDate: `${YEAR}-04-01`,
    status: 'reviewed',
    reviewComment: null,
    selectedForBriefing: true,
    filedBy: 'assessment-test',
    filedAt: at(`${YEAR}-04-02`),
    reviewedBy: 'assessment-test',
    reviewedAt: at(`${YEAR}-04-03`),
    updatedAt: at(`${YEAR}-04-03`),
  });
  const campaignId = `summary-${YEAR}-assessment-${tag}`;
  await ds.getRepository(CampaignEntity).insert({
    id: campaignId,
    kind: 'summary',
    year: YEAR,
    dueDate: `${YEAR}-12-20`,
    status: 'open',
    policy: {} as never,
    startedBy: 'assessment-test',
    startedAt: at(`${YEAR}-11-01`),
    completedAt: null,
    seq: 1,
  });
  const unit = (unitCode: string, submittedAt: Date | null) => ({
    campaignId,
    unitCode,
    status: submittedAt ? 'submitted' : 'awaiting',
    summaryText: submittedAt ? '年度总结' : null,
    attachments: [],
    submittedAt,
    submittedBy: submittedAt ? 'assessment-test' : null,
    returnedAt: null,
    returnReason: null,
    acceptedAt: null,
    revisions: 0,
    escalationLevel: null,
    reminders: [],
    seq: 1,
  });
  await ds.getRepository(CampaignUnitEntity).insert([unit('justice', at(`${YEAR}-12-10`)), unit('finance', null)]);
  return { matterIds: [onTime.id, late.id], campaignId, filingId, onTime: onTime.id, late: late.id };
}

async function unseed(ds: DataSource, s: Seeded): Promise<void> {
  const matterId = In(s.matterIds);
  await ds.getRepository(MatterEventEntity).delete({ matterId });
  await ds.getRepository(EscalationEntity).delete({ matterId });
  await ds.getRepository(MatterAssignmentEntity).delete({ matterId });
  await ds.getRepository(MatterEntity).delete({ id: matterId });
  await ds.getRepository(FilingEntity).delete({ id: s.filingId });
  await ds.getRepository(CampaignUnitEntity).delete({ campaignId: s.campaignId });
  await ds.getRepository(CampaignEntity).delete({ id: s.campaignId });
  await ds.query('DELETE FROM assessment_weights WHERE year = ?', [YEAR]);
}

// The scorecard's own figures, as the sheet must show them.
const fromScorecard = (c: UnitScorecard) => ({
  ackOnTime: c.acknowledgedOnTime,
  closedOnTime: c.closedOnTime,
  due: c.due,
  returns: c.returns,
});
const fromSheet = (r: AssessmentRow) => ({
  ackOnTime: r.ackRate.numerator,
  closedOnTime: r.onTimeRate.numerator,
  due: r.onTimeRate.denominator,
  returns: r.returns,
});

describe('assessment (考核)', () => {
  let stack: TestStack;
  let seeded: Seeded | undefined;
  const director = office('assess.director');

  const get = async (path: string, who = director, query: Record<string, string | number> = {}) =>
    stack.http
      .get(`/api/assessment/${path}`)
      .query(query)
      .set(await stack.headers(who));
  const sheetOf = async (year: number): Promise<AssessmentSheet> => {
    const res = await get(String(year));
    expect(res.status).toBe(200);
    return res.body as AssessmentSheet;
  };
  const row = (s: AssessmentSheet, unit: string): AssessmentRow => s.rows.find((r) => r.unitCode === unit)!;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    seeded = await seedYear(stack.dataSource);
  });

  afterAll(async () => {
    if (seeded) {
      await unseed(stack.dataSource, seeded);
    }
    await stack?.stop();
  });

  it('scores every member unit of the year: both numbers of each rate, the score, the rank', async () => {
    const sheet = await sheetOf(YEAR);
    expect(sheet.rows).toHaveLength(21);
    expect(sheet.weights).toMatchObject({ year: YEAR, isDefault: true, weights: DEFAULT_ASSESSMENT_WEIGHTS });
    const justice = row(sheet, 'justice');
    const finance = row(sheet, 'finance');
    expect(justice).toMatchObject({
      ackRate: { numerator: 1, denominator: 1, rate: 1 },
      feedbackRate: { numerator: 1, denominator: 1, rate: 1 },
      onTimeRate: { numerator: 1, denominator: 1, rate: 1 },
      summaryOnTime: { numerator: 1, denominator: 1, rate: 1 },
      returns: 0,
      reports: 0,
      informationAdopted: 1,
      upheldContests: 0,
    });
    expect(finance).toMatchObject({
      ackRate: { numerator: 0, denominator: 1, rate: 0 },
      feedbackRate: { numerator: 0, denominator: 1, rate: 0 },
      onTimeRate: { numerator: 0, denominator: 1, rate: 0 },
      summaryOnTime: { numerator: 0, denominator: 1, rate: 0 },
      returns: 1,
      reports: 1,
      informationAdopted: 0,
    });
    // The score is the domain's, from the counts the sheet shows.
    const counts = (r: AssessmentRow): UnitCounts => ({
      unitCode: r.unitCode,
      ordinal: r.ordinal,
      ack: { onTime: r.ackRate.numerator, due: r.ackRate.denominator },
      feedback: { onTime: r.feedbackRate.numerator, due: r.feedbackRate.denominator },
      closure: { onTime: r.onTimeRate.numerator, due: r.onTimeRate.denominator },
      summary: { onTime: r.summaryOnTime.numerator, due: r.summaryOnTime.denominator },
      returns: r.returns,
      reports: r.reports,
      informationAdopted: r.informationAdopted,
      upheldContests: r.upheldContests,
    });
    for (const r of sheet.rows) {
      expect({ unit: r.unitCode, score: r.score }).toEqual({
        unit: r.unitCode,
        score: scoreOf(counts(r), DEFAULT_ASSESSMENT_WEIGHTS),
      });
    }
    // Nobody else has duties in 2072: justice's adopted item puts it first, finance's misses put it last, and the
    // other nineteen tie in second place.
    expect(justice.rank).toBe(1);
    expect(finance.rank).toBe(21);
    expect(sheet.rows.filter((r) => r.rank === 2)).toHaveLength(19);
  });

  it("shows the scorecard's own figures for the year (one definition of on time and overdue)", async () => {
    const scorecard = await stack.http
      .get('/api/supervision/scorecard')
      .query({ year: YEAR })
      .set(await stack.headers(director));
    expect(scorecard.status).toBe(200);
    const sheet = await sheetOf(YEAR);
    for (const unit of ['justice', 'finance']) {
      const c = (scorecard.body.units as UnitScorecard[]).find((u) => u.unitCode === unit)!;
      expect(fromSheet(row(sheet, unit))).toEqual(fromScorecard(c));
    }
    expect(
      (
        await stack.http
          .get('/api/supervision/scorecard')
          .query({ year: 'x' })
          .set(await stack.headers(director))
      ).status,
    ).toBe(400);
  });

  it('explains a figure by its matters and events (no 批示 among them)', async () => {
    const res = await get(`${YEAR}/units/finance/evidence`, leader('assess.convener'), { figure: 'onTimeRate' });
    expect(res.status).toBe(200);
    const evidence = res.body as AssessmentEvidence;
    const mine = evidence.items.filter((i) => seeded!.matterIds.includes(i.matterId ?? ''));
    expect(mine.map((i) => [i.matterId, i.counts])).toEqual([[seeded!.late, 'missed']]);
    const types = mine[0]!.events.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['supervision.clock_paused', 'matter.completion_returned', 'supervision.escalated']),
    );
    expect(types).not.toContain('matter.instruction_given');
    const paused = mine[0]!.events.find((e) => e.type === 'supervision.clock_paused');
    expect(paused?.reason).toBe('completion_awaiting_verification');
    const report = mine[0]!.events.find((e) => e.type === 'supervision.escalated' && e.level === 'report');
    expect(report?.reason).toBe('overdue');
    const reports = await get(`${YEAR}/units/finance/evidence`, director, { figure: 'reports' });
    expect((reports.body as AssessmentEvidence).items.map((i) => i.matterId)).toEqual([seeded!.late]);
    const ack = await get(`${YEAR}/units/justice/evidence`, director, { figure: 'ackRate' });
    expect((ack.body as AssessmentEvidence).items.map((i) => [i.matterId, i.counts])).toEqual([
      [seeded!.onTime, 'met'],
    ]);
    const info = await get(`${YEAR}/units/justice/evidence`, director, { figure: 'informationAdopted' });
    expect((info.body as AssessmentEvidence).items).toHaveLength(1);

    expect((await get(`${YEAR}/units/finance/evidence`, director, { figure: 'instructions' })).status).toBe(400);
    // Units are data: a well-formed code the directory does not know is no unit (404); a malformed one is bad input.
    const unknown = await get(`${YEAR}/units/nowhere/evidence`, director, { figure: 'returns' });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
    expect((await get(`${YEAR}/units/No_Where/evidence`, director, { figure: 'returns' })).status).toBe(400);
    expect((await get(`${YEAR}/units/finance/evidence`, unitUser('finance'), { figure: 'returns' })).status).toBe(403);
  });

  it('lets the office set the weights with a reason (audited), and refuses units and bad weights', async () => {
    const weights = {
      rates: { ackRate: 10, feedbackRate: 10, onTimeRate: 60, summaryOnTime: 20 },
      perItem: { informationAdopted: 2, returns: 3, reports: 10 },
    };
    const put = async (body: unknown, who = director) =>
      stack.http
        .put(`/api/assessment/${YEAR}/weights`)
        .set(await stack.headers(who))
        .send(body as object);

    const refused = await put({ weights, reason: '单位不应能改' }, unitUser('justice'));
    expect(refused.status).toBe(403);
    const bad = [
      { weights: { ...weights, rates: { ...weights.rates, ackRate: 20 } }, reason: '合计不是100' },
      { weights: { ...weights, rates: { ...weights.rates, ackRate: -10, onTimeRate: 80 } }, reason: '负数' },
      { weights: { ...weights, perItem: { ...weights.perItem, instructions: 5 } }, reason: '批示计分' },
      { weights },
      { weights, reason: '' },
    ];
    for (const body of bad) {
      const res = await put(body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    }
    expect((await get(`${YEAR}/weights`)).body.isDefault).toBe(true);

    const ok = await put({ weights, reason: '按年度考核办法提高按期办结率权重' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ year: YEAR, weights, isDefault: false, setBy: 'assess.director' });
    const audit = await stack.dataSource.query<{ actor_user_id: string; detail: string; at: Date }[]>(
      "SELECT actor_user_id, detail, at FROM audit_log WHERE action = 'assessment.weights_set' AND target = ? ORDER BY id DESC LIMIT 1",
      [`assessment:${YEAR}`],
    );
    expect(audit[0]?.actor_user_id).toBe('assess.director');
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({
      year: YEAR,
      capacity: 'office',
      old: DEFAULT_ASSESSMENT_WEIGHTS,
      oldWasDefault: true,
      new: weights,
      reason: '按年度考核办法提高按期办结率权重',
    });
    // The sheet now scores with them: finance loses 3 per return and 10 per 通报.
    const finance = row(await sheetOf(YEAR), 'finance');
    expect(finance.score).toBe(-13);
    expect((await get(`${YEAR}/weights`, leader('assess.convener'))).body.weights).toEqual(weights);
  });

  it('exports the sheet to Excel with numbers and dates as such, naming the year and the weights', async () => {
    const res = await stack.http
      .get(`/api/assessment/${YEAR}/export`)
      .set(await stack.headers(director))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    const body = res.body as Buffer;
    await wb.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).text).toContain(`${YEAR}年度`);
    expect(ws.getCell(2, 1).text).toContain('按期办结率');
    const header = (ws.getRow(4).values as unknown[]).slice(1).map(String);
    expect(header).toContain('签收及时率·分子');
    const asOf = ws.getRow(2).getCell(header.length).value;
    expect(asOf).toBeInstanceOf(Date);
    const rows = Array.from({ length: 21 }, (_, i) => ws.getRow(5 + i));
    const finance = rows.find((r) => r.getCell(3).value === '区财政局')!;
    const col = (name: string) => header.indexOf(name) + 1;
    expect(finance.getCell(col('名次')).value).toBe(21);
    expect(finance.getCell(col('通报')).value).toBe(1);
    expect(finance.getCell(col('按期办结率·分母')).value).toBe(1);
    expect(finance.getCell(col('得分')).value).toBe(-13);
    expect(typeof rows[0]!.getCell(col('签收及时率')).value).toBe('number');
  });

  it('counts a matter closed on time this year as the scorecard does', async () => {
    const matters = new MatterApi(stack);
    const year = new Date().getFullYear();
    const created = await matters.dispatch(aMatter().lead('justice').due(`${year}-12-30`).build(), director);
    const justice = unitUser('justice', 'assess.justice.leader');
    await matters.ok(created.id, 'acknowledge', justice);
    await matters.ok(created.id, 'submit-completion', justice, {
      summary: '已建立工作机制。',
      evidence: [{ title: '工作规则' }],
    });
    await matters.ok(created.id, 'verify', director, { comment: '同意销号。' });
    await eventually(
      () => matters.get(created.id, director),
      (m) => m.status === 'closed',
    );

    const evidence = await get(`${year}/units/justice/evidence`, director, { figure: 'onTimeRate' });
    const mine = (evidence.body as AssessmentEvidence).items.find((i) => i.matterId === created.id);
    expect(mine?.counts).toBe('met');
    expect(mine?.events.map((e) => e.type)).toEqual(expect.arrayContaining(['matter.dispatched', 'matter.closed']));

    // Other files write this year too: compare when the scorecard held still around the sheet.
    for (let attempt = 1; ; attempt++) {
      const card = async () =>
        (
          await stack.http
            .get('/api/supervision/scorecard')
            .query({ year })
            .set(await stack.headers(director))
        ).body as { units: UnitScorecard[] };
      const before = await card();
      const sheet = await sheetOf(year);
      const after = await card();
      if (JSON.stringify(before.units) === JSON.stringify(after.units) || attempt === 5) {
        for (const unit of ['justice', 'finance']) {
          const c = before.units.find((u) => u.unitCode === unit)!;
          expect(fromSheet(row(sheet, unit))).toEqual(fromScorecard(c));
        }
        expect(row(sheet, 'justice').onTimeRate.numerator).toBeGreaterThanOrEqual(1);
        return;
      }
    }
  });
});
