import type { Actor, MatterDetail, UserRole } from '@app/contracts';
import type { TestStack } from '@app/testing';
import type { Response } from 'supertest';

// Someone who signs in with roles of their own (a unit's liaison or leader, the office's director), not the
// default roles of their actor's kind: the tests of work inside a unit tell the unit's people apart.
export interface Person {
  actor: Actor;
  roles: UserRole[];
}

// The people of one test file, as `prefix.name.run`: a rerun on the same database meets none of the last run's.
export const peopleOf =
  (prefix: string, run: string) =>
  (name: string, roles: UserRole[], unitCode?: string, displayName = name): Person => ({
    actor: { userId: `${prefix}.${name}.${run}`, role: 'system', unitCode, displayName },
    roles,
  });

// A matter's commands and reads as a person sends them, in their roles; `stack` is the file's, started in beforeAll.
export const matterCallsOf = (stack: () => TestStack) => ({
  send: async (p: Person, id: string, path: string, body: object): Promise<Response> =>
    stack()
      .http.post(`/api/matters/${id}/${path}`)
      .set(await stack().headers(p.actor, p.roles))
      .send(body),
  read: async (p: Person, id: string): Promise<MatterDetail> => {
    const res = await stack()
      .http.get(`/api/matters/${id}`)
      .set(await stack().headers(p.actor, p.roles));
    expect(res.status).toBe(200);
    return res.body as MatterDetail;
  },
});
