import type { UnitView } from '@app/contracts';
import { MEMBER_UNITS } from '@app/domain';
import { office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// Each unit's short names and aliases (seed data, editable by the office) and their pinyin initials, served with
// the units for the pickers and the minutes parser.
describe('unit aliases and pinyin initials', () => {
  let stack: TestStack;
  const director = office('ua.director');
  const seed = [...(MEMBER_UNITS.find((u) => u.code === 'statistics')?.aliases ?? [])];

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
  });
  afterAll(async () => {
    // Leave the seed's list for the other files of this run.
    await stack?.http
      .put('/api/units/statistics/aliases')
      .set(await stack.headers(director))
      .send({ aliases: seed, reason: '恢复' });
    await stack?.stop();
  });

  const unit = async (code: string): Promise<UnitView> =>
    (
      await stack.http
        .get(`/api/units/${code}`)
        .set(await stack.headers(director))
        .expect(200)
    ).body as UnitView;

  it('serves the seed aliases and the initials of the name and of each alias', async () => {
    const res = await stack.http
      .get('/api/units')
      .set(await stack.headers(director))
      .expect(200);
    const market = (res.body as UnitView[]).find((u) => u.code === 'market-regulation');
    expect(market?.aliases).toEqual(expect.arrayContaining(['市场监管局', '市监局']));
    expect(market?.initials).toEqual(expect.arrayContaining(['qscjdglj', 'scjgj']));
    const sci = (res.body as UnitView[]).find((u) => u.code === 'science-industry-it');
    expect(sci?.aliases).toEqual(expect.arrayContaining(['科技局', '工信局']));
  });

  it('lets the office replace a unit’s aliases, audited, and the initials follow', async () => {
    const res = await stack.http
      .put('/api/units/statistics/aliases')
      .set(await stack.headers(director))
      .send({ aliases: [' 统计局 ', '区统计', '统计局'], reason: '纪要中常写“区统计”' })
      .expect(200);
    expect(res.body).toMatchObject({ code: 'statistics', aliases: ['统计局', '区统计'] });
    expect((res.body as UnitView).initials).toEqual(expect.arrayContaining(['qtjj', 'tjj', 'qtj']));
    expect((await unit('statistics')).aliases).toEqual(['统计局', '区统计']);
    const [row] = await stack.dataSource.query<{ detail: string; actor_user_id: string }[]>(
      "SELECT detail, actor_user_id FROM audit_log WHERE action = 'unit.aliases_set' AND target = ? ORDER BY id DESC LIMIT 1",
      ['statistics'],
    );
    expect(row?.actor_user_id).toBe('ua.director');
    expect(JSON.parse(String(row?.detail))).toMatchObject({
      before: seed,
      after: ['统计局', '区统计'],
      reason: '纪要中常写“区统计”',
    });
  });

  it('refuses an alias another unit is called by, naming that unit, and a member unit may not edit', async () => {
    const taken = await stack.http
      .put('/api/units/statistics/aliases')
      .set(await stack.headers(director))
      .send({ aliases: ['司法局'], reason: '误填' })
      .expect(400);
    expect(taken.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(taken.body.message).toContain('区司法局');
    await stack.http
      .put('/api/units/statistics/aliases')
      .set(await stack.headers(director))
      .send({ aliases: 'x' })
      .expect(400);
    await stack.http
      .put('/api/units/statistics/aliases')
      .set(await stack.headers(unitUser('statistics', 'ua.statistics.liaison')))
      .send({ aliases: ['统计'], reason: '试' })
      .expect(403);
    expect((await unit('statistics')).aliases).toEqual(['统计局', '区统计']);
  });
});
