import type { Actor, CommandResult } from '@app/contracts';
import {
  acknowledgeUpdate,
  cancelUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  declineUpdate,
  instructUpdate,
  reassignLeadUpdate,
  rejectDeclineUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  rerouteUpdate,
  returnUpdate,
  submitCompletionUpdate,
  urgeUpdate,
  verifyUpdate,
} from '@app/contracts';
import type { UpdateDefinition } from '@temporalio/client';

import type {
  CompletionDto,
  ContributionDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  InstructionDto,
  ProgressDto,
  ReasonDto,
  ReassignLeadDto,
  RejectDeclineDto,
  RerouteDto,
  SuperviseDto,
  UrgeDto,
  VerifyDto,
} from './dto/commands.dto';

// A unit command acts on the actor's own unit's assignment; the unit comes from the identity, never the body.
const unitOf = (actor: Actor): string => actor.unitCode ?? '';

export interface CommandSpec<P, A> {
  update: UpdateDefinition<CommandResult, [A]>;
  build(payload: P, actor: Actor): A;
}

const spec = <P, A>(
  update: UpdateDefinition<CommandResult, [A]>,
  build: (p: P, actor: Actor) => A,
): CommandSpec<P, A> => ({
  update,
  build,
});

export const COMMANDS = {
  acknowledge: spec(acknowledgeUpdate, (_: object, actor) => ({ actor, unitCode: unitOf(actor) })),
  decline: spec(declineUpdate, (p: ReasonDto, actor) => ({ actor, unitCode: unitOf(actor), reason: p.reason })),
  reroute: spec(rerouteUpdate, (p: RerouteDto, actor) => ({ actor, ...p })),
  rejectDecline: spec(rejectDeclineUpdate, (p: RejectDeclineDto, actor) => ({ actor, ...p })),
  reportProgress: spec(reportProgressUpdate, (p: ProgressDto, actor) => ({ actor, unitCode: unitOf(actor), ...p })),
  contribute: spec(contributeUpdate, (p: ContributionDto, actor) => ({
    actor,
    unitCode: unitOf(actor),
    text: p.text,
    evidence: p.evidence.map((e) => ({ ...e })),
  })),
  submitCompletion: spec(submitCompletionUpdate, (p: CompletionDto, actor) => ({
    actor,
    unitCode: unitOf(actor),
    summary: p.summary,
    evidence: p.evidence.map((e) => ({ ...e })),
  })),
  verify: spec(verifyUpdate, (p: VerifyDto, actor) => ({ actor, comment: p.comment })),
  returnForRework: spec(returnUpdate, (p: ReasonDto, actor) => ({ actor, reason: p.reason })),
  cancel: spec(cancelUpdate, (p: ReasonDto, actor) => ({ actor, reason: p.reason })),
  requestExtension: spec(requestExtensionUpdate, (p: ExtensionRequestDto, actor) => ({
    actor,
    unitCode: unitOf(actor),
    ...p,
  })),
  decideExtension: spec(decideExtensionUpdate, (p: ExtensionDecisionDto, actor) => ({ actor, ...p })),
  reassignLead: spec(reassignLeadUpdate, (p: ReassignLeadDto, actor) => ({ actor, ...p })),
  instruct: spec(instructUpdate, (p: InstructionDto, actor) => ({ actor, text: p.text })),
  urge: spec(urgeUpdate, (p: UrgeDto | SuperviseDto, actor) => ({
    actor,
    unitCode: p.unitCode,
    level: p.level,
    note: p.note,
  })),
};

export type MatterCommand<K extends keyof typeof COMMANDS> = Parameters<(typeof COMMANDS)[K]['build']>[0];
