import type { AuthUserView, HeldCapacity } from '@app/contracts';
import { capacitiesOf } from '@app/contracts';

import type { AreaId } from '@web/app/areas';

// The capacity the console acts in, for a person holding several (an office staffer who is also their bureau's
// liaison): chosen in the header's switch, remembered per person in localStorage (it outlives the tab's session),
// and sent as X-Acting-As on every API call (api/client.ts). The API checks it against the token's roles.

const keyOf = (userId: string): string => `wuhua-jc.capacity.${userId}`;

export function heldCapacities(user: AuthUserView): HeldCapacity[] {
  return capacitiesOf(user.roles, user.unitCode);
}

// The remembered capacity if the person still holds it, else the first in order of precedence.
export function rememberedCapacity(user: AuthUserView): HeldCapacity | null {
  const held = heldCapacities(user);
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(keyOf(user.id));
  } catch {
    stored = null;
  }
  return held.find((c) => c.capacity === stored) ?? held[0] ?? null;
}

export function rememberCapacity(user: AuthUserView, capacity: string): void {
  try {
    localStorage.setItem(keyOf(user.id), capacity);
  } catch {
    // Storage refused (private mode): the choice lasts until the page is reloaded.
  }
}

export function areaOfCapacity(capacity: HeldCapacity | null): AreaId {
  return capacity ? (capacity.role === 'unit' ? 'unit' : capacity.role) : 'admin';
}
