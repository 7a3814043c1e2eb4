import type { ActorRole } from './actor';

// leadership 召集人/副召集人 · office_director 办公室主任 · office_staff 办公室工作人员 · unit_leader 成员单位负责人 ·
// unit_liaison 成员单位联络员 · admin 系统管理员 (users, units, policies, calendar; no matter actions)
export type UserRole = 'leadership' | 'office_director' | 'office_staff' | 'unit_leader' | 'unit_liaison' | 'admin';
export const USER_ROLES: readonly UserRole[] = [
  'leadership',
  'office_director',
  'office_staff',
  'unit_leader',
  'unit_liaison',
  'admin',
];
export const UNIT_ROLES: readonly UserRole[] = ['unit_leader', 'unit_liaison'];
export const OFFICE_ROLES: readonly UserRole[] = ['office_director', 'office_staff'];

// The coarse role of the first capacity a person holds, in order of precedence (office, unit, leadership, admin).
// A person holding several acts in one capacity per request (capacity.ts; the API's guard resolves it): this is
// only that order, never the role a command is charged to.
export function actorRoleOf(roles: readonly UserRole[]): ActorRole {
  if (roles.some((r) => OFFICE_ROLES.includes(r))) {
    return 'office';
  }
  if (roles.some((r) => UNIT_ROLES.includes(r))) {
    return 'unit';
  }
  if (roles.includes('leadership')) {
    return 'leadership';
  }
  return 'admin';
}

export interface AuthUserView {
  id: string;
  username: string;
  displayName: string;
  roles: UserRole[];
  unitCode: string | null;
  isDemo: boolean;
  disabled: boolean;
}

export interface TokenPair {
  accessToken: string;
  // Seconds until the access token expires.
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
  user: AuthUserView;
}
