// The arguments and result of the matter commands (Workflow Updates): plain shapes, shared by the API, the
// domain's state machine and the workflow. The Update definitions themselves live in @app/workflow-api.
import type { Actor } from './actor';
import type { EvidenceItem, MatterEvent, MatterState } from './matter.types';
import type { EscalationLevel, EscalationNoticeResult } from './supervision.types';

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
  // The co-units that never signed or contributed whose part the office confirms as not done (未完成); the comment
  // says why. From the verify-not-done-v1 patch on, such a unit left out refuses the verification.
  notDoneUnitCodes?: string[];
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
