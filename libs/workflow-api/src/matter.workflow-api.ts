import type {
  Actor,
  CommandResult,
  DispatchCommand,
  EscalationNotice,
  EscalationNoticeResult,
  MatterDefinition,
  MatterEvent,
  MatterState,
  MatterUpdateArgs,
  MatterUpdateName,
  SupervisionPlan,
} from '@app/contracts';
import { MATTER_COMMAND_NAMES, MATTER_COMMANDS } from '@app/contracts';
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

export const AGREED_MATTER_WORKFLOW_TYPE = 'AgreedMatterWorkflow';
export const matterWorkflowId = (matterId: string): string => `matter-${matterId}`;

export interface AgreedMatterWorkflowInput {
  definition?: MatterDefinition;
  createdBy?: Actor;
  createdAt?: string;
  // Present when the workflow continues as new: the full state and the recent idempotency keys.
  carried?: CarriedState;
  // Continue as new once the history passes this many events (tests set it low).
  historyLengthCap?: number;
}

export interface CarriedState {
  state: MatterState;
  events: MatterEvent[];
  recentCommands: RecentCommand[];
}

// An applied command's idempotency key and the event sequence it produced, kept across continue-as-new.
export interface RecentCommand {
  id: string;
  seqs: number[];
}

// Every command is an Update: the validator refuses what the state machine or the actor's remit forbids,
// before anything is written to history. One definition per Update name of the command table
// (libs/contracts/src/matter-command-table.ts); supervise runs urge.
export type MatterCommandUpdate<K extends MatterUpdateName> = UpdateDefinition<CommandResult, [MatterUpdateArgs[K]], K>;
export type MatterCommandUpdates = { readonly [K in MatterUpdateName]: MatterCommandUpdate<K> };

export const matterCommandUpdates: MatterCommandUpdates = Object.fromEntries(
  [...new Set(MATTER_COMMAND_NAMES.map((name) => MATTER_COMMANDS[name].update))].map((update) => [
    update,
    defineUpdate(update),
  ]),
) as unknown as MatterCommandUpdates;

// Every Update name the workflow answers, with the command it runs: each row's update and its legacy names, so
// that recorded histories (and updates sent by an older API) keep working.
export function matterUpdateHandlers(): { updateName: string; command: MatterUpdateName }[] {
  const seen = new Set<string>();
  const out: { updateName: string; command: MatterUpdateName }[] = [];
  for (const name of MATTER_COMMAND_NAMES) {
    const row = MATTER_COMMANDS[name];
    for (const updateName of [row.update, ...row.legacyUpdates]) {
      if (!seen.has(updateName)) {
        seen.add(updateName);
        out.push({ updateName, command: row.update });
      }
    }
  }
  return out;
}

export const dispatchUpdate = defineUpdate<CommandResult, [DispatchCommand]>('dispatch');
export const acknowledgeUpdate = matterCommandUpdates.acknowledge;

// Sent to open matters when the calendar changes (a local adjustment, a new year's schedule): the workflow
// asks the calendar again for its deadlines.
export const recomputeDeadlinesSignal = defineSignal<[{ reason: string }]>('recomputeDeadlines');

export const matterStateQuery = defineQuery<MatterState | null>('matterState');
export const matterEventsQuery = defineQuery<MatterEvent[]>('matterEvents');

// The activities the workflow calls; implemented in apps/worker, imported by the workflow as types only.
export interface ProjectionInput {
  matter: MatterState;
  events: MatterEvent[];
}

export interface PlanInput {
  matter: MatterState;
  nowMs: number;
}

export interface MatterActivities {
  projectMatter(input: ProjectionInput): Promise<void>;
  // Asks the working-day calendar for the matter's deadlines, lights and ladder as absolute instants.
  planSupervision(input: PlanInput): Promise<SupervisionPlan>;
  // Writes the inbox notices of an escalation (and allocates a 督办 notice number) once per key.
  sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult>;
}
