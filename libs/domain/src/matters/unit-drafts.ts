import type {
  Actor,
  AssignmentState,
  MatterState,
  ProgressCommand,
  RequestExtensionCommand,
  SubmitCompletionCommand,
  UnitDraft,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';

import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { reject } from './matter-rejection';
// Types only: the state machine hands its helpers in (unitDraftSpecs), so the two modules never load each other.
import type { EventDraft } from './matter-state-machine';

// Work inside a unit (unit-draft-approval-v1): a liaison of a unit that has a leader account drafts what leaves the
// unit, and the unit's leader (负责同志) approves it (it then reaches the office as the leader's report) or returns
// it with a note. A liaison-only unit submits directly. The draft stays the unit's: the office sees neither the
// draft nor its return (the API's mapper keeps these events to the unit), and the assignment's status does not
// move, so the supervision clock goes on charging the unit while its leader has not signed. The same holds for an
// extension request (draftExtension): approved, it reaches the office as the leader's request; and for a progress
// report (draftProgress, from progress-draft-v1 on): approved, it reaches the office as the leader's report.
export const UNIT_DRAFT_COMMANDS = [
  'draftCompletion',
  'draftExtension',
  'draftProgress',
  'approveDraft',
  'returnDraft',
] as const;
export type UnitDraftCommand = (typeof UNIT_DRAFT_COMMANDS)[number];

export function isUnitDraftCommand(name: string): name is UnitDraftCommand {
  return (UNIT_DRAFT_COMMANDS as readonly string[]).includes(name);
}

// The events only the unit sees.
export const UNIT_DRAFT_EVENTS: readonly string[] = ['assignment.draft_prepared', 'assignment.draft_returned'];

// Acting for the unit as its liaison and not also as its leader. Actors recorded before capacities carry no roles
// and are taken as they were: the unit's (nothing changes for them).
export function actsAsLiaison(actor: Actor): boolean {
  const roles = actor.capacityRoles ?? [];
  return actor.role === 'unit' && roles.includes('unit_liaison') && !roles.includes('unit_leader');
}

function actsAsLeader(actor: Actor): boolean {
  return actor.role === 'unit' && (actor.capacityRoles ?? []).includes('unit_leader');
}

// A liaison of a unit with a leader account does not send the unit's report to the office: the leader signs it.
export function requireLeaderSigns(actor: Actor, what: string): void {
  if (actsAsLiaison(actor) && actor.unitHasLeader === true) {
    reject(
      ErrorCode.LeaderApprovalRequired,
      `Your unit has a leader account: the ${what} reaches the office only with the leader's approval. ` +
        'Draft it for the leader (提交本单位负责同志审核).',
    );
  }
}

// The progress report's rule (progress-draft-v1), beside the state machine's own checks: runs recorded before it
// took a liaison's progress report directly, so the workflow asks it in its handler only behind the patch, and its
// validators and the API's dry run (allowedActions) ask it always. Throws LEADER_APPROVAL_REQUIRED; changes nothing.
export function checkLeaderSigns<K extends MatterCommandName>(name: K, cmd: MatterCommandMap[K]): void {
  if (name === 'reportProgress' && cmd?.actor) {
    requireLeaderSigns(cmd.actor, 'progress report');
  }
}

// A draft of the unit's own, for its leader: only a liaison of a unit that has one drafts.
export function requireMayDraft(actor: Actor, what: string): void {
  if (!actsAsLiaison(actor)) {
    reject(ErrorCode.InvalidCommand, `Only a liaison drafts the ${what} for the leader; the leader submits it.`);
  }
  if (actor.unitHasLeader !== true) {
    reject(ErrorCode.InvalidCommand, `Your unit has no leader account: submit the ${what} directly.`);
  }
}

export function requireUnitLeader(actor: Actor): void {
  if (!actsAsLeader(actor)) {
    reject(ErrorCode.Forbidden, "Only the unit's leader (负责同志) approves or returns its liaison's draft.");
  }
}

// What the state machine lends: its own-assignment check, the completion report's and the extension request's
// checks and their submission.
export interface DraftHelpers {
  ownAssignment(state: MatterState, actor: Actor, unitCode: string): AssignmentState;
  checkReport(state: MatterState, cmd: SubmitCompletionCommand): void;
  submitReport(state: MatterState, cmd: SubmitCompletionCommand, now: string): EventDraft[];
  checkExtension(state: MatterState, cmd: RequestExtensionCommand): void;
  requestExtension(state: MatterState, cmd: RequestExtensionCommand, now: string): EventDraft[];
  checkProgress(state: MatterState, cmd: ProgressCommand): void;
  reportProgress(state: MatterState, cmd: ProgressCommand, now: string): EventDraft[];
  requireText(value: unknown, field: string, max?: number): void;
}

const DRAFT_NAMES: Record<UnitDraft['kind'], string> = {
  completion: 'completion report',
  extension: 'extension request',
  progress: 'progress report',
};

type DraftSpecs = {
  [K in UnitDraftCommand]: {
    check: (state: MatterState, cmd: MatterCommandMap[K]) => void;
    apply: (state: MatterState, cmd: MatterCommandMap[K], now: string) => EventDraft[];
  };
};

export function unitDraftSpecs(h: DraftHelpers): DraftSpecs {
  // The draft waiting for the leader on the actor's unit's assignment.
  const pendingOf = (s: MatterState, actor: Actor, unitCode: string): { a: AssignmentState; draft: UnitDraft } => {
    const a = h.ownAssignment(s, actor, unitCode);
    requireUnitLeader(actor);
    if (!a.pendingDraft) {
      reject(ErrorCode.InvalidTransition, `No draft of "${unitCode}" is waiting for the leader's approval.`);
    }
    return { a, draft: a.pendingDraft };
  };
  // The leader's report or request made of the draft: the leader submits it, the liaison drafted it.
  const reportOf = (c: MatterCommandMap['approveDraft'], draft: UnitDraft): SubmitCompletionCommand => ({
    actor: c.actor,
    unitCode: c.unitCode,
    summary: draft.summary,
    evidence: draft.evidence,
  });
  const requestOf = (c: MatterCommandMap['approveDraft'], draft: UnitDraft): RequestExtensionCommand => ({
    actor: c.actor,
    unitCode: c.unitCode,
    requestedDueDate: draft.requestedDueDate ?? '',
    reason: draft.summary,
  });
  const progressOf = (c: MatterCommandMap['approveDraft'], draft: UnitDraft): ProgressCommand => ({
    actor: c.actor,
    unitCode: c.unitCode,
    text: draft.summary,
    percent: draft.percent ?? 0,
  });
  // What approving the draft does: the check and the submission of its kind.
  const approvalOf = (c: MatterCommandMap['approveDraft'], draft: UnitDraft) => {
    switch (draft.kind) {
      case 'extension':
        return {
          check: (s: MatterState) => h.checkExtension(s, requestOf(c, draft)),
          submit: (s: MatterState, now: string) => h.requestExtension(s, requestOf(c, draft), now),
        };
      case 'progress':
        return {
          check: (s: MatterState) => h.checkProgress(s, progressOf(c, draft)),
          submit: (s: MatterState, now: string) => h.reportProgress(s, progressOf(c, draft), now),
        };
      case 'completion':
        return {
          check: (s: MatterState) => h.checkReport(s, reportOf(c, draft)),
          submit: (s: MatterState, now: string) => h.submitReport(s, reportOf(c, draft), now),
        };
    }
  };
  // One draft waits at a time: a redraft replaces the waiting one of its kind, never the other kind's.
  const requireNoOtherDraft = (s: MatterState, c: { actor: Actor; unitCode: string }, kind: UnitDraft['kind']) => {
    const waiting = h.ownAssignment(s, c.actor, c.unitCode).pendingDraft;
    if (waiting && waiting.kind !== kind) {
      reject(
        ErrorCode.InvalidTransition,
        `A ${DRAFT_NAMES[waiting.kind]} draft is waiting for the ` +
          "leader's decision: it is approved or returned before another draft is made.",
      );
    }
  };
  // The liaison's draft, waiting for the leader in place of any earlier one; the event carries its kind, its text
  // and what else the kind has (`extra`).
  const prepare = (
    s: MatterState,
    c: { actor: Actor; unitCode: string },
    now: string,
    draft: Omit<UnitDraft, 'at' | 'byUserId' | 'byName'>,
    extra: Record<string, unknown>,
  ): EventDraft[] => {
    const a = h.ownAssignment(s, c.actor, c.unitCode);
    a.pendingDraft = { ...draft, at: now, byUserId: c.actor.userId, byName: c.actor.displayName };
    a.draftReturn = undefined;
    return [
      {
        type: 'assignment.draft_prepared',
        unitCode: c.unitCode,
        data: { kind: draft.kind, summary: draft.summary, ...extra },
      },
    ];
  };
  // A draft command of one kind: the liaison may make it if the unit could submit it now (the submission's own
  // check), and if no draft of another kind waits; it then waits for the leader with its content.
  const drafting = <C extends { actor: Actor; unitCode: string }>(
    kind: UnitDraft['kind'],
    checkSubmission: (s: MatterState, c: C) => void,
    contentOf: (c: C) => {
      draft: Omit<UnitDraft, 'kind' | 'at' | 'byUserId' | 'byName'>;
      extra: Record<string, unknown>;
    },
  ) => ({
    check: (s: MatterState, c: C): void => {
      checkSubmission(s, c);
      requireMayDraft(c.actor, DRAFT_NAMES[kind]);
      requireNoOtherDraft(s, c, kind);
    },
    apply: (s: MatterState, c: C, now: string): EventDraft[] => {
      const { draft, extra } = contentOf(c);
      return prepare(s, c, now, { kind, ...draft }, extra);
    },
  });
  return {
    draftCompletion: drafting(
      'completion',
      (s, c: SubmitCompletionCommand) => h.checkReport(s, c),
      (c) => ({ draft: { summary: c.summary, evidence: c.evidence }, extra: { evidence: c.evidence } }),
    ),
    draftProgress: drafting(
      'progress',
      (s, c: ProgressCommand) => h.checkProgress(s, c),
      (c) => ({ draft: { summary: c.text, evidence: [], percent: c.percent }, extra: { percent: c.percent } }),
    ),
    draftExtension: drafting(
      'extension',
      (s, c: RequestExtensionCommand) => h.checkExtension(s, c),
      (c) => ({
        draft: { summary: c.reason, evidence: [], requestedDueDate: c.requestedDueDate },
        extra: { requestedDueDate: c.requestedDueDate },
      }),
    ),
    approveDraft: {
      check: (s, c) => {
        const { draft } = pendingOf(s, c.actor, c.unitCode);
        approvalOf(c, draft).check(s);
      },
      apply: (s, c, now) => {
        const { a, draft } = pendingOf(s, c.actor, c.unitCode);
        const drafts = approvalOf(c, draft).submit(s, now);
        if (draft.kind === 'completion') {
          a.completion = { ...a.completion!, draftedBy: draft.byUserId };
        }
        a.pendingDraft = undefined;
        a.draftReturn = undefined;
        for (const d of drafts) {
          d.data = { ...d.data, draftedBy: draft.byUserId, draftedByName: draft.byName, draftedAt: draft.at };
        }
        return drafts;
      },
    },
    returnDraft: {
      check: (s, c) => {
        pendingOf(s, c.actor, c.unitCode);
        h.requireText(c.reason, 'reason', 2000);
      },
      apply: (s, c, now) => {
        const { a, draft } = pendingOf(s, c.actor, c.unitCode);
        a.pendingDraft = undefined;
        a.draftReturn = {
          kind: draft.kind,
          at: now,
          byUserId: c.actor.userId,
          byName: c.actor.displayName,
          reason: c.reason,
        };
        return [
          {
            type: 'assignment.draft_returned',
            unitCode: c.unitCode,
            reason: c.reason,
            data: {
              kind: draft.kind,
              summary: draft.summary,
              evidence: draft.evidence,
              ...(draft.requestedDueDate ? { requestedDueDate: draft.requestedDueDate } : {}),
              ...(draft.percent !== undefined ? { percent: draft.percent } : {}),
              draftedBy: draft.byUserId,
            },
          },
        ];
      },
    },
  };
}
