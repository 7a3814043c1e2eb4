import type { AuthUserView } from '@app/contracts';
import type { UserEntity } from '@app/database';

export function toUserView(u: UserEntity): AuthUserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    unitCode: u.unitCode,
    isDemo: u.isDemo,
    disabled: u.disabled,
  };
}
