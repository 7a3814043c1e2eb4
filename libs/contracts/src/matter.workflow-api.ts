import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

import type { Actor } from './actor';
import type { EvidenceItem, MatterDefinition, MatterEvent, MatterState } from './matter.types';
import type { EscalationLevel, EscalationNotice, EscalationNoticeResult, SupervisionPlan } from './supervision.types';

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

export interface CommandBase {
  actor: Actor;
}

export interface UnitCommand extends CommandBase {
  // The unit whose assignment the command acts on; must be the actor's own unit.
  unitCode: string;
}

export type AcknowledgeCommand = UnitCommand;
export interface DeclineCommand extends UnitCommand {
  reason: string;
}
export interface RerouteCommand extends CommandBase {
  fromUnitCode: string;
  toUnitCode: string;
  reason: string;
}
export interface RejectDeclineCommand extends CommandBase {
  unitCode: string;
  reason: string;
}
export interface ProgressCommand extends UnitCommand {
  text: string;
  percent: number;
}
export interface ContributeCommand extends UnitCommand {
  text: string;
  evidence: EvidenceItem[];
}
export interface SubmitCompletionCommand extends UnitCommand {
  summary: string;
  evidence: EvidenceItem[];
}
export interface VerifyCommand extends CommandBase {
  comment?: string;
}
export interface ReturnCommand extends CommandBase {
  reason: string;
}
export interface CancelCommand extends CommandBase {
  reason: string;
}
export interface RequestExtensionCommand extends UnitCommand {
  requestedDueDate: string;
  reason: string;
}
export interface DecideExtensionCommand extends CommandBase {
  approve: boolean;
  reason: string;
}
export interface InstructCommand extends CommandBase {
  text: string;
}
// The office urges or supervises by hand, at any level, with a note.
export interface UrgeCommand extends CommandBase {
  unitCode: string;
  level: EscalationLevel;
  note: string;
  // Filled by the workflow with the notice it sent, before the event is recorded.
  notice?: EscalationNoticeResult;
}
export interface ReassignLeadCommand extends CommandBase {
  toUnitCode: string;
  reason: string;
}
// Sent with the workflow's start (update-with-start): returns once the dispatched matter is projected.
export type DispatchCommand = CommandBase;

export interface CommandResult {
  matter: MatterState;
  // The events this command appended; empty when the command was a replay of an applied idempotency key.
  events: MatterEvent[];
  replayed: boolean;
}

// Every command is an Update: the validator refuses what the state machine or the actor's remit forbids,
// before anything is written to history.
export const dispatchUpdate = defineUpdate<CommandResult, [DispatchCommand]>('dispatch');
export const acknowledgeUpdate = defineUpdate<CommandResult, [AcknowledgeCommand]>('acknowledge');
export const declineUpdate = defineUpdate<CommandResult, [DeclineCommand]>('decline');
export const rerouteUpdate = defineUpdate<CommandResult, [RerouteCommand]>('reroute');
export const rejectDeclineUpdate = defineUpdate<CommandResult, [RejectDeclineCommand]>('rejectDecline');
export const reportProgressUpdate = defineUpdate<CommandResult, [ProgressCommand]>('reportProgress');
export const contributeUpdate = defineUpdate<CommandResult, [ContributeCommand]>('contribute');
export const submitCompletionUpdate = defineUpdate<CommandResult, [SubmitCompletionCommand]>('submitCompletion');
export const verifyUpdate = defineUpdate<CommandResult, [VerifyCommand]>('verify');
export const returnUpdate = defineUpdate<CommandResult, [ReturnCommand]>('returnForRework');
export const cancelUpdate = defineUpdate<CommandResult, [CancelCommand]>('cancel');
export const requestExtensionUpdate = defineUpdate<CommandResult, [RequestExtensionCommand]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<CommandResult, [DecideExtensionCommand]>('decideExtension');
export const reassignLeadUpdate = defineUpdate<CommandResult, [ReassignLeadCommand]>('reassignLead');
export const instructUpdate = defineUpdate<CommandResult, [InstructCommand]>('instruct');
export const urgeUpdate = defineUpdate<CommandResult, [UrgeCommand]>('urge');

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
