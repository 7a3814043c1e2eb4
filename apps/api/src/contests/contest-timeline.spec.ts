import type { ChargeContestView, MatterEventView } from '@app/contracts';

import { contestEntries, mergeTimeline } from './contest-timeline';

const event = (seq: number, at: string, type = 'supervision.escalated'): MatterEventView => ({
  seq,
  type,
  at,
  actorUserId: 'office',
  actorRole: 'office',
  actorUnitCode: null,
  actorCapacity: 'office',
  unitCode: 'justice',
  reason: null,
  data: {},
});

const contest = (over: Partial<ChargeContestView> = {}): ChargeContestView => ({
  id: 'c1',
  matterId: 'm1',
  matterCode: 'M-1',
  matterTitle: '事项',
  charge: { kind: 'escalation', seq: 2, level: 'report', at: '2026-12-01T02:00:00.000Z' },
  unitCode: 'justice',
  filedBy: 'leader.justice',
  filedCapacity: 'unit_leader',
  filedAt: '2026-12-01T03:00:00.000Z',
  reason: '已按期报送',
  attachments: ['函.pdf'],
  status: 'pending',
  decidedBy: null,
  decidedCapacity: null,
  decidedAt: null,
  decisionReason: null,
  ...over,
});

describe('contest timeline', () => {
  it('a pending contest is one entry beside its escalation, marked with its id', () => {
    const entries = contestEntries(contest());
    expect(entries.map((e) => [e.type, e.seq, e.contestId, e.actorUserId, e.reason])).toEqual([
      ['contest.filed', 2, 'c1', 'leader.justice', '已按期报送'],
    ]);
    expect(entries[0]?.data).toMatchObject({ attachments: ['函.pdf'], capacity: 'unit_leader' });
  });

  it('a decided contest adds its decision; an overdue charge sits at seq 0', () => {
    const decided = contest({
      charge: { kind: 'overdue', seq: null, level: null, at: null },
      status: 'rejected',
      decidedBy: 'director',
      decidedCapacity: 'office_director',
      decidedAt: '2026-12-01T05:00:00.000Z',
      decisionReason: '未见报送记录',
    });
    expect(contestEntries(decided).map((e) => [e.type, e.seq, e.actorRole, e.reason, e.data.withdrawn])).toEqual([
      ['contest.filed', 0, 'unit', '已按期报送', undefined],
      ['contest.rejected', 0, 'office', '未见报送记录', false],
    ]);
  });

  it('merges the entries into the events by time, keeping the events in seq order', () => {
    const events = [
      event(1, '2026-12-01T01:00:00.000Z', 'matter.dispatched'),
      event(2, '2026-12-01T02:00:00.000Z'),
      event(3, '2026-12-01T04:00:00.000Z', 'matter.cancelled'),
    ];
    const accepted = contest({
      status: 'accepted',
      decidedBy: 'director',
      decidedCapacity: 'office_director',
      decidedAt: '2026-12-01T06:00:00.000Z',
      decisionReason: '',
    });
    const merged = mergeTimeline(events, [accepted]);
    expect(merged.map((e) => `${e.type}#${e.seq}`)).toEqual([
      'matter.dispatched#1',
      'supervision.escalated#2',
      'contest.filed#2',
      'matter.cancelled#3',
      'contest.accepted#2',
    ]);
    expect(merged.find((e) => e.type === 'contest.accepted')).toMatchObject({
      reason: null,
      data: { withdrawn: true },
    });
    expect(mergeTimeline(events, [])).toBe(events);
  });
});
