// Who is acting. The API fills it from the authenticated request; the workflow re-checks it.
export type ActorRole = 'office' | 'unit' | 'leadership' | 'admin' | 'system';

export interface Actor {
  userId: string;
  role: ActorRole;
  // The member unit the person acts for; required when role is 'unit'.
  unitCode?: string;
  displayName?: string;
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system', displayName: '系统' };
