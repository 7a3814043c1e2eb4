import type { Actor, AssignmentState, MatterState } from '@app/contracts';
import { ErrorCode, HANDLER_NAME_MAX, HANDLER_PHONE } from '@app/contracts';

import type { MatterCommandMap } from './matter-commands';
import { reject } from './matter-rejection';
// Types only: the state machine hands its helpers in, so the two modules never load each other.
import type { EventDraft } from './matter-state-machine';

// 承办人: a unit names who handles its part of a matter, with an office phone, while it is at work on it (from its
// acknowledgement until its part is in). Named again, the new handler replaces the old; the record keeps both.
const OPEN: readonly AssignmentState['status'][] = ['in_progress', 'returned'];

export interface HandlerHelpers {
  ownAssignment(state: MatterState, actor: Actor, unitCode: string): AssignmentState;
  requireText(value: unknown, field: string, max?: number): void;
}

type HandlerSpec = {
  nameHandler: {
    check: (state: MatterState, cmd: MatterCommandMap['nameHandler']) => void;
    apply: (state: MatterState, cmd: MatterCommandMap['nameHandler'], now: string) => EventDraft[];
  };
};

const phoneOf = (phone: string | undefined): string | null => (phone?.trim() ? phone.trim() : null);

export function unitHandlerSpecs(h: HandlerHelpers): HandlerSpec {
  return {
    nameHandler: {
      check: (s, c) => {
        const a = h.ownAssignment(s, c.actor, c.unitCode);
        if (a.status === 'awaiting_ack') {
          reject(ErrorCode.InvalidTransition, 'Acknowledge the assignment before naming its handler.');
        }
        if (!OPEN.includes(a.status)) {
          reject(
            ErrorCode.InvalidTransition,
            `The handler is named while the unit is at work on it, not once it is ${a.status}.`,
          );
        }
        h.requireText(c.name, 'name', HANDLER_NAME_MAX);
        const phone = phoneOf(c.phone);
        if (phone !== null && !HANDLER_PHONE.test(phone)) {
          reject(
            ErrorCode.InvalidCommand,
            'phone must be an office phone number, e.g. 0871-63123456 or 63123456转8001.',
          );
        }
      },
      apply: (s, c, now) => {
        const a = h.ownAssignment(s, c.actor, c.unitCode);
        const previous = a.handler?.name ?? null;
        a.handler = { name: c.name.trim(), phone: phoneOf(c.phone), at: now, byUserId: c.actor.userId };
        return [
          {
            type: 'assignment.handler_named',
            unitCode: c.unitCode,
            data: { name: a.handler.name, phone: a.handler.phone, previous },
          },
        ];
      },
    },
  };
}
