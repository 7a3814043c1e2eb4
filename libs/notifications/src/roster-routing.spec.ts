import { userRecipient } from '@app/database';

import type { NotificationUser, Target } from './recipients';
import { resolve } from './recipients';
import type { RosterSource } from './roster-routing';
import { RosterRouter } from './roster-routing';

const person = (id: string, roles: NotificationUser['roles'], unitCode: string | null): NotificationUser => ({
  id,
  username: id,
  displayName: id,
  roles,
  unitCode,
  disabled: false,
});
const OLD = person('old-liaison', ['unit_liaison'], 'justice');
const NEW = person('new-liaison', [], null);
const LEADER = person('leader', ['unit_leader'], 'justice');
const CONVENER = person('convener', ['leadership'], null);
const DEPUTY = person('deputy', ['leadership'], null);
const EVERYONE = [OLD, NEW, LEADER, CONVENER, DEPUTY];

const text = { kind: 'k', title: 't', body: 'b' } as unknown as Target['text'];
const reminder: Target = { text, units: ['justice'], unitRoles: ['unit_liaison'], roles: [] };
const report: Target = { text, units: [], unitRoles: [], roles: ['leadership'] };

describe('RosterRouter: the roster decides whom a unit is told through', () => {
  const entries: { unitCode: string; kind: string; userId: string | null }[] = [];
  const dates: string[] = [];
  const roster: RosterSource = {
    linkedOn: (units, date) => {
      dates.push(date);
      return Promise.resolve(entries.filter((e) => units.includes(e.unitCode)));
    },
  };
  const people = {
    activeByIds: (ids: readonly string[]) => Promise.resolve(EVERYONE.filter((u) => ids.includes(u.id))),
  };
  const router = new RosterRouter(roster, people, () => '2050-03-01');
  const keys = async (t: Target) =>
    resolve(t, EVERYONE, await router.routingFor([t], new Date()))
      .map((r) => r.key)
      .sort();

  beforeEach(() => {
    entries.length = 0;
  });

  it('falls back to the role holders when the roster names no account', async () => {
    expect(await keys(reminder)).toEqual(['unit:justice', userRecipient(OLD.id)].sort());
    expect(await keys(report)).toEqual([userRecipient(CONVENER.id), userRecipient(DEPUTY.id)].sort());
    expect(dates).toContain('2050-03-01');
  });

  it("sends a unit's liaison notices to the liaison the roster names, not the other holders of the role", async () => {
    entries.push({ unitCode: 'justice', kind: 'liaison_officer', userId: NEW.id });
    expect(await keys(reminder)).toEqual(['unit:justice', userRecipient(NEW.id)].sort());
    // The leader's seat names nobody: the unit's leaders are told as before.
    const urging: Target = { ...reminder, unitRoles: ['unit_leader', 'unit_liaison'] };
    expect(await keys(urging)).toEqual(['unit:justice', userRecipient(LEADER.id), userRecipient(NEW.id)].sort());
  });

  it("sends leadership's notices to the conference's convener and deputies on the roster", async () => {
    entries.push({ unitCode: 'conference', kind: 'convener', userId: CONVENER.id });
    expect(await keys(report)).toEqual([userRecipient(CONVENER.id)]);
  });
});
