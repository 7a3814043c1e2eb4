import type { AllowedAction, MatterCommandName } from '@app/contracts';
import type { ReactNode } from 'react';

import type { ActionButton } from '@web/features/matters/ActionBar';

// One command as an audience's page words it: its console action (label, test id, dialog) and its weight.
export interface CommandWording<A extends string> {
  command: MatterCommandName;
  action: A;
  kind?: 'primary' | 'danger';
  icon?: ReactNode;
}

// The action bar's buttons: the page's commands the server allows, in the page's order.
export function buttonsFor<A extends string>(
  allowed: readonly AllowedAction[],
  wording: readonly CommandWording<A>[],
  text: (w: CommandWording<A>) => { label: string; testId: string },
): ActionButton<A>[] {
  const may = new Set(allowed.map((a) => a.command));
  return wording
    .filter((w) => may.has(w.command))
    .map((w) => ({ action: w.action, kind: w.kind, icon: w.icon, ...text(w) }));
}

// The units the server names for a command that takes one (whom to urge, which decline to decide).
export function unitCodesFor(allowed: readonly AllowedAction[], command: MatterCommandName): string[] {
  return allowed.find((a) => a.command === command)?.unitCodes ?? [];
}
