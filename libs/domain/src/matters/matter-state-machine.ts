import type {
  Actor,
  AssignmentState,
  AssignmentStatus,
  EvidenceItem,
  MatterDefinition,
  MatterEventType,
  MatterState,
  ProgressCommand,
  RequestExtensionCommand,
  SubmitCompletionCommand,
} from '@app/contracts';
import { ErrorCode, needsNotDoneConfirmation } from '@app/contracts';

import { isUnitCodeForm } from '../units/unit-directory';
import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { reject } from './matter-rejection';
import { requireLeaderSigns, unitDraftSpecs } from './unit-drafts';
import { unitHandlerSpecs } from './unit-handler';

// What a command appends to the record; the workflow adds seq, time, actor and matter id.
export interface EventDraft {
  type: MatterEventType;
  unitCode?: string;
  reason?: string;
  data: Record<string, unknown>;
}

const MAX_TEXT = 4000;
const MAX_EVIDENCE = 20;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isOpen(state: MatterState): boolean {
  return state.status === 'in_progress' || state.status === 'awaiting_verification';
}

export function activeAssignment(state: MatterState, unitCode: string): AssignmentState | undefined {
  return state.assignments.find((a) => a.unitCode === unitCode && a.status !== 'withdrawn' && a.status !== 'cancelled');
}

export function leadAssignment(state: MatterState): AssignmentState | undefined {
  return state.assignments.find((a) => a.role === 'lead' && a.status !== 'withdrawn' && a.status !== 'cancelled');
}

export function isCalendarDate(value: string): boolean {
  if (!DATE_RE.test(value)) {
    return false;
  }
  // DATE_RE has checked the three parts; the defaults only satisfy the type checker.
  const [y = NaN, m = NaN, d = NaN] = value.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

// Which unit codes a matter accepts. The pure checks know only a code's form: whether the unit exists and takes
// work is the directory's (the API asks it before a command goes out). Runs recorded before units were data checked
// the compiled list (isMemberUnitCode), and replay with it (workflows/agreed-matter: units-as-data-v1).
export type UnitCodeRule = (code: string) => boolean;

// Checks a matter's definition at dispatch: unit codes well-formed, no unit twice, a real due date.
export function validateDefinition(def: MatterDefinition, knownUnit: UnitCodeRule = isUnitCodeForm): void {
  requireText(def.title, 'title', 200);
  requireText(def.code, 'code', 32);
  if (!knownUnit(def.leadUnitCode)) {
    reject(ErrorCode.UnitNotFound, `Unknown lead unit "${def.leadUnitCode}".`);
  }
  const seen = new Set([def.leadUnitCode]);
  for (const code of def.coUnitCodes) {
    if (!knownUnit(code)) {
      reject(ErrorCode.UnitNotFound, `Unknown co-unit "${code}".`);
    }
    if (seen.has(code)) {
      reject(ErrorCode.InvalidCommand, `Unit "${code}" is named more than once; a unit is either lead or co-unit.`);
    }
    seen.add(code);
  }
  if (!isCalendarDate(def.dueDate)) {
    reject(ErrorCode.InvalidCommand, `dueDate "${def.dueDate}" is not a calendar date (YYYY-MM-DD).`);
  }
}

export function initialState(def: MatterDefinition, createdBy: Actor, now: string): MatterState {
  const assignment = (unitCode: string, role: 'lead' | 'co'): AssignmentState => ({
    unitCode,
    role,
    status: 'awaiting_ack',
    assignedAt: now,
    percent: 0,
    progress: [],
    returnCount: 0,
  });
  return {
    ...def,
    coUnitCodes: [...def.coUnitCodes],
    status: 'in_progress',
    light: 'green',
    originalDueDate: def.dueDate,
    assignments: [assignment(def.leadUnitCode, 'lead'), ...def.coUnitCodes.map((c) => assignment(c, 'co'))],
    extensionCount: 0,
    createdAt: now,
    createdBy: createdBy.userId,
    seq: 0,
    updatedAt: now,
  };
}

export function dispatchedEvent(state: MatterState): EventDraft {
  return {
    type: 'matter.dispatched',
    unitCode: state.leadUnitCode,
    data: { leadUnitCode: state.leadUnitCode, coUnitCodes: state.coUnitCodes, dueDate: state.dueDate },
  };
}

function requireText(value: unknown, field: string, max = MAX_TEXT): void {
  if (typeof value !== 'string' || value.trim().length === 0) {
    reject(ErrorCode.InvalidCommand, `${field} is required.`);
  }
  if (value.length > max) {
    reject(ErrorCode.InvalidCommand, `${field} is longer than ${max} characters.`);
  }
}

function requireEvidence(evidence: EvidenceItem[] | undefined): void {
  if (!Array.isArray(evidence) || evidence.length > MAX_EVIDENCE) {
    reject(ErrorCode.InvalidCommand, `evidence must be a list of at most ${MAX_EVIDENCE} items.`);
  }
  for (const item of evidence) {
    requireText(item?.title, 'evidence.title', 200);
  }
}

function requireOpen(state: MatterState): void {
  if (!isOpen(state)) {
    reject(ErrorCode.MatterClosed, `Matter ${state.code} is ${state.status}; it accepts no further commands.`);
  }
}

function requireOffice(actor: Actor): void {
  if (actor.role !== 'office') {
    reject(ErrorCode.Forbidden, 'Only the joint conference office may do this.');
  }
}

// The actor must act for the unit named in the command, and that unit must hold an active assignment.
function requireOwnAssignment(state: MatterState, actor: Actor, unitCode: string): AssignmentState {
  if (actor.role !== 'unit' || !actor.unitCode) {
    // A person who is also a member of the unit acts here in another capacity: say which one to switch to.
    const hint =
      actor.memberOf === unitCode ? ` You act as ${actor.role}; act in the capacity unit:${unitCode} to do this.` : '';
    reject(ErrorCode.Forbidden, `Only a member unit may act on its assignment.${hint}`);
  }
  if (actor.unitCode !== unitCode) {
    reject(ErrorCode.Forbidden, `A person of unit "${actor.unitCode}" cannot act on the assignment of "${unitCode}".`);
  }
  return requireAssignment(state, unitCode);
}

// The unit named in the command must hold an active assignment on the matter.
function requireAssignment(state: MatterState, unitCode: string): AssignmentState {
  const assignment = activeAssignment(state, unitCode);
  if (!assignment) {
    reject(ErrorCode.NotAssigned, `Unit "${unitCode}" holds no assignment on matter ${state.code}.`);
  }
  return assignment;
}

function requireStatus(a: AssignmentState, allowed: readonly AssignmentStatus[], action: string): void {
  if (!allowed.includes(a.status)) {
    reject(ErrorCode.InvalidTransition, `Cannot ${action}: the assignment of "${a.unitCode}" is ${a.status}.`);
  }
}

function requireKnownUnit(code: string, knownUnit: UnitCodeRule): void {
  if (!knownUnit(code)) {
    reject(ErrorCode.UnitNotFound, `Unknown unit "${code}".`);
  }
}

// The completion report's own checks: the lead unit's, acknowledged, not already in, a summary and evidence.
function checkCompletionReport(s: MatterState, c: SubmitCompletionCommand): void {
  const a = requireOwnAssignment(s, c.actor, c.unitCode);
  if (a.role !== 'lead') {
    reject(ErrorCode.InvalidCommand, 'Only the lead unit submits the completion report; a co-unit contributes.');
  }
  if (a.status === 'awaiting_ack') {
    reject(ErrorCode.InvalidTransition, 'Acknowledge the assignment before reporting completion.');
  }
  requireStatus(a, ['in_progress', 'returned'], 'submit completion');
  requireText(c.summary, 'summary');
  requireEvidence(c.evidence);
}

// The report reaches the office: the matter awaits verification. A draft still waiting for the leader lapses.
function submitCompletionReport(s: MatterState, c: SubmitCompletionCommand, now: string): EventDraft[] {
  const a = activeAssignment(s, c.unitCode)!;
  a.completion = { at: now, byUserId: c.actor.userId, summary: c.summary, evidence: c.evidence };
  a.pendingDraft = undefined;
  a.status = 'submitted';
  s.status = 'awaiting_verification';
  return [
    {
      type: 'matter.completion_submitted',
      unitCode: c.unitCode,
      data: { summary: c.summary, evidence: c.evidence, contributions: contributionsOf(s) },
    },
  ];
}

// The extension request's own checks: the lead unit's, at work, none waiting, a reason and a later date.
function checkExtensionRequest(s: MatterState, c: RequestExtensionCommand): void {
  const a = requireOwnAssignment(s, c.actor, c.unitCode);
  if (a.role !== 'lead') {
    reject(ErrorCode.InvalidCommand, 'Only the lead unit requests an extension of the due date.');
  }
  requireStatus(a, ['in_progress', 'returned'], 'request an extension');
  if (s.pendingExtension) {
    reject(ErrorCode.InvalidTransition, 'An extension request is already waiting for the office.');
  }
  requireText(c.reason, 'reason');
  if (!isCalendarDate(c.requestedDueDate) || c.requestedDueDate <= s.dueDate) {
    reject(ErrorCode.InvalidCommand, `requestedDueDate must be a date (YYYY-MM-DD) after the due date ${s.dueDate}.`);
  }
}

function checkProgressReport(s: MatterState, c: ProgressCommand): void {
  const a = requireOwnAssignment(s, c.actor, c.unitCode);
  requireStatus(a, ['in_progress', 'returned', 'contributed'], 'report progress');
  requireText(c.text, 'text');
  if (!Number.isInteger(c.percent) || c.percent < 0 || c.percent > 100) {
    reject(ErrorCode.InvalidCommand, 'percent must be a whole number from 0 to 100.');
  }
}

// The progress report reaches the office. A draft of a progress report still waiting for the leader lapses.
function submitProgressReport(s: MatterState, c: ProgressCommand, now: string): EventDraft[] {
  const a = activeAssignment(s, c.unitCode)!;
  if (a.pendingDraft?.kind === 'progress') {
    a.pendingDraft = undefined;
  }
  a.progress.push({ at: now, byUserId: c.actor.userId, text: c.text, percent: c.percent });
  a.percent = c.percent;
  a.lastProgressAt = now;
  return [{ type: 'assignment.progress_reported', unitCode: c.unitCode, data: { text: c.text, percent: c.percent } }];
}

// The request reaches the office, which approves or refuses it (decideExtension). A draft of a request still waiting
// for the leader lapses.
function submitExtensionRequest(s: MatterState, c: RequestExtensionCommand, now: string): EventDraft[] {
  const a = activeAssignment(s, c.unitCode)!;
  if (a.pendingDraft?.kind === 'extension') {
    a.pendingDraft = undefined;
  }
  s.pendingExtension = {
    at: now,
    byUserId: c.actor.userId,
    unitCode: c.unitCode,
    requestedDueDate: c.requestedDueDate,
    reason: c.reason,
  };
  return [
    {
      type: 'matter.extension_requested',
      unitCode: c.unitCode,
      reason: c.reason,
      data: { requestedDueDate: c.requestedDueDate, currentDueDate: s.dueDate },
    },
  ];
}

type Checker<K extends MatterCommandName> = (
  state: MatterState,
  cmd: MatterCommandMap[K],
  knownUnit: UnitCodeRule,
) => void;
type Applier<K extends MatterCommandName> = (state: MatterState, cmd: MatterCommandMap[K], now: string) => EventDraft[];

interface CommandSpec<K extends MatterCommandName> {
  check: Checker<K>;
  apply: Applier<K>;
}

type CommandSpecs = { [K in MatterCommandName]: CommandSpec<K> };

const specs: CommandSpecs = {
  acknowledge: {
    check: (s, c) => requireStatus(requireOwnAssignment(s, c.actor, c.unitCode), ['awaiting_ack'], 'acknowledge'),
    apply: (s, c, now) => {
      const a = activeAssignment(s, c.unitCode)!;
      a.status = 'in_progress';
      a.acknowledgedAt = now;
      a.acknowledgedBy = c.actor.userId;
      return [{ type: 'assignment.acknowledged', unitCode: c.unitCode, data: { role: a.role } }];
    },
  },
  decline: {
    check: (s, c) => {
      requireStatus(requireOwnAssignment(s, c.actor, c.unitCode), ['awaiting_ack', 'in_progress'], 'decline');
      requireText(c.reason, 'reason');
    },
    apply: (s, c, now) => {
      const a = activeAssignment(s, c.unitCode)!;
      a.pendingDecline = { at: now, byUserId: c.actor.userId, reason: c.reason, previousStatus: a.status };
      a.status = 'decline_requested';
      return [{ type: 'assignment.decline_requested', unitCode: c.unitCode, reason: c.reason, data: { role: a.role } }];
    },
  },
  reroute: {
    check: (s, c, knownUnit) => {
      requireOffice(c.actor);
      requireText(c.reason, 'reason');
      requireStatus(requireAssignment(s, c.fromUnitCode), ['decline_requested'], 're-route');
      requireKnownUnit(c.toUnitCode, knownUnit);
      if (activeAssignment(s, c.toUnitCode)) {
        reject(ErrorCode.InvalidCommand, `Unit "${c.toUnitCode}" already holds an assignment on this matter.`);
      }
    },
    apply: (s, c, now) => {
      const from = activeAssignment(s, c.fromUnitCode)!;
      from.status = 'withdrawn';
      from.pendingDecline = undefined;
      s.assignments.push({
        unitCode: c.toUnitCode,
        role: from.role,
        status: 'awaiting_ack',
        assignedAt: now,
        percent: 0,
        progress: [],
        returnCount: 0,
      });
      replaceUnit(s, from.role, c.fromUnitCode, c.toUnitCode);
      if (from.role === 'lead') {
        // The withdrawn lead's pending extension request leaves with it.
        s.pendingExtension = undefined;
      }
      return [
        {
          type: 'assignment.rerouted',
          unitCode: c.toUnitCode,
          reason: c.reason,
          data: { fromUnitCode: c.fromUnitCode, toUnitCode: c.toUnitCode, role: from.role },
        },
      ];
    },
  },
  rejectDecline: {
    check: (s, c) => {
      requireOffice(c.actor);
      requireText(c.reason, 'reason');
      requireStatus(requireAssignment(s, c.unitCode), ['decline_requested'], 'insist on the assignment');
    },
    apply: (s, c) => {
      const a = activeAssignment(s, c.unitCode)!;
      a.status = a.pendingDecline?.previousStatus ?? 'awaiting_ack';
      a.pendingDecline = undefined;
      return [{ type: 'assignment.decline_rejected', unitCode: c.unitCode, reason: c.reason, data: { role: a.role } }];
    },
  },
  // Whether the leader signs it (progress-draft-v1) is checked beside, by checkLeaderSigns (unit-drafts.ts).
  reportProgress: { check: checkProgressReport, apply: submitProgressReport },
  contribute: {
    check: (s, c) => {
      const a = requireOwnAssignment(s, c.actor, c.unitCode);
      if (a.role !== 'co') {
        reject(
          ErrorCode.InvalidCommand,
          'Only a co-unit hands a contribution to the lead unit; the lead unit reports completion.',
        );
      }
      requireStatus(a, ['in_progress', 'contributed'], 'contribute');
      requireText(c.text, 'text');
      requireEvidence(c.evidence);
    },
    apply: (s, c, now) => {
      const a = activeAssignment(s, c.unitCode)!;
      a.contribution = { at: now, byUserId: c.actor.userId, text: c.text, evidence: c.evidence };
      a.status = 'contributed';
      a.percent = 100;
      return [
        {
          type: 'assignment.contributed',
          unitCode: c.unitCode,
          data: { text: c.text, evidence: c.evidence, leadUnitCode: s.leadUnitCode },
        },
      ];
    },
  },
  submitCompletion: {
    check: (s, c) => {
      checkCompletionReport(s, c);
      requireLeaderSigns(c.actor, 'completion report');
    },
    apply: submitCompletionReport,
  },
  // The unit's handler (承办人) of its part (unit-handler.ts).
  ...unitHandlerSpecs({ ownAssignment: requireOwnAssignment, requireText }),
  // The liaison's draft and the leader's approval or return (unit-drafts.ts).
  ...unitDraftSpecs({
    ownAssignment: requireOwnAssignment,
    checkReport: checkCompletionReport,
    submitReport: submitCompletionReport,
    checkExtension: checkExtensionRequest,
    requestExtension: submitExtensionRequest,
    checkProgress: checkProgressReport,
    reportProgress: submitProgressReport,
    requireText,
  }),
  verify: {
    check: (s, c) => {
      requireOffice(c.actor);
      if (c.comment !== undefined) {
        requireText(c.comment, 'comment');
      }
      if (s.status !== 'awaiting_verification') {
        reject(ErrorCode.InvalidTransition, `Nothing to verify: matter ${s.code} is ${s.status}.`);
      }
    },
    apply: (s, c, now) => {
      // A co-unit the office confirmed as not done (checkVerifyConfirmation) is recorded so, not completed.
      const confirmed = new Set(Array.isArray(c.notDoneUnitCodes) ? c.notDoneUnitCodes : []);
      const notDoneUnitCodes: string[] = [];
      for (const a of s.assignments) {
        if (a.status === 'withdrawn' || a.status === 'cancelled') {
          continue;
        }
        if (confirmed.has(a.unitCode) && needsNotDoneConfirmation(a)) {
          a.status = 'not_done';
          notDoneUnitCodes.push(a.unitCode);
        } else {
          a.status = 'completed';
          a.completedAt = now;
        }
        a.pendingDecline = undefined;
      }
      s.status = 'closed';
      s.light = 'none';
      s.closedAt = now;
      s.pendingExtension = undefined;
      const data = notDoneUnitCodes.length > 0 ? { notDoneUnitCodes } : {};
      return [{ type: 'matter.closed', unitCode: s.leadUnitCode, reason: c.comment, data }];
    },
  },
  returnForRework: {
    check: (s, c) => {
      requireOffice(c.actor);
      requireText(c.reason, 'reason');
      if (s.status !== 'awaiting_verification') {
        reject(ErrorCode.InvalidTransition, `Nothing to return: matter ${s.code} is ${s.status}.`);
      }
    },
    apply: (s, c) => {
      const lead = leadAssignment(s)!;
      lead.status = 'returned';
      lead.returnCount += 1;
      s.status = 'in_progress';
      return [
        {
          type: 'matter.completion_returned',
          unitCode: lead.unitCode,
          reason: c.reason,
          data: { returnCount: lead.returnCount },
        },
      ];
    },
  },
  cancel: {
    check: (_s, c) => {
      requireOffice(c.actor);
      requireText(c.reason, 'reason');
    },
    apply: (s, c, now) => {
      for (const a of s.assignments) {
        if (a.status !== 'withdrawn' && a.status !== 'completed') {
          a.status = 'cancelled';
        }
      }
      s.status = 'cancelled';
      s.light = 'none';
      s.cancelledAt = now;
      s.cancelReason = c.reason;
      s.pendingExtension = undefined;
      return [{ type: 'matter.cancelled', reason: c.reason, data: {} }];
    },
  },
  requestExtension: {
    check: (s, c) => {
      checkExtensionRequest(s, c);
      requireLeaderSigns(c.actor, 'extension request');
    },
    apply: submitExtensionRequest,
  },
  decideExtension: {
    check: (s, c) => {
      requireOffice(c.actor);
      requireText(c.reason, 'reason');
      if (!s.pendingExtension) {
        reject(ErrorCode.InvalidTransition, 'No extension request is waiting for a decision.');
      }
    },
    apply: (s, c, now) => {
      const req = s.pendingExtension!;
      s.pendingExtension = undefined;
      if (!c.approve) {
        return [
          {
            type: 'matter.extension_refused',
            unitCode: req.unitCode,
            reason: c.reason,
            data: { requestedDueDate: req.requestedDueDate },
          },
        ];
      }
      const previousDueDate = s.dueDate;
      s.dueDate = req.requestedDueDate;
      s.dueDateSetAt = now;
      s.extensionCount += 1;
      return [
        {
          type: 'matter.extension_approved',
          unitCode: req.unitCode,
          reason: c.reason,
          data: { previousDueDate, dueDate: s.dueDate },
        },
      ];
    },
  },
  instruct: {
    check: (_s, c) => {
      requireLeadership(c.actor);
      requireText(c.text, 'text', 2000);
    },
    apply: (s, c, now) => {
      (s.instructions ??= []).push({ at: now, byUserId: c.actor.userId, byName: c.actor.displayName, text: c.text });
      return [{ type: 'matter.instruction_given', unitCode: s.leadUnitCode, data: { text: c.text } }];
    },
  },
  urge: {
    check: (s, c) => {
      requireOffice(c.actor);
      requireText(c.note, 'note', 2000);
      if (!['reminder', 'urging', 'supervision', 'report'].includes(c.level)) {
        reject(ErrorCode.InvalidCommand, 'level must be reminder, urging, supervision or report.');
      }
      requireAssignment(s, c.unitCode);
    },
    apply: (_s, c) => [
      {
        type: 'supervision.escalated',
        unitCode: c.unitCode,
        reason: c.note,
        data: {
          level: c.level,
          reason: 'manual',
          origin: 'manual',
          notified: c.notice?.recipients ?? [],
          noticeNo: c.notice?.noticeNo ?? null,
        },
      },
    ],
  },
  reassignLead: {
    check: (s, c, knownUnit) => {
      requireOffice(c.actor);
      requireText(c.reason, 'reason');
      requireKnownUnit(c.toUnitCode, knownUnit);
      if (s.status !== 'in_progress') {
        reject(ErrorCode.InvalidTransition, `Cannot change the lead unit while matter ${s.code} is ${s.status}.`);
      }
      if (c.toUnitCode === s.leadUnitCode) {
        reject(ErrorCode.InvalidCommand, `"${c.toUnitCode}" is already the lead unit.`);
      }
    },
    apply: (s, c, now) => {
      const previous = leadAssignment(s);
      if (previous) {
        previous.status = 'withdrawn';
        previous.pendingDecline = undefined;
      }
      const co = activeAssignment(s, c.toUnitCode);
      if (co) {
        co.role = 'lead';
        if (co.status === 'contributed') {
          co.status = 'in_progress';
        }
        s.coUnitCodes = s.coUnitCodes.filter((u) => u !== c.toUnitCode);
      } else {
        s.assignments.push({
          unitCode: c.toUnitCode,
          role: 'lead',
          status: 'awaiting_ack',
          assignedAt: now,
          percent: 0,
          progress: [],
          returnCount: 0,
        });
      }
      const fromUnitCode = s.leadUnitCode;
      s.leadUnitCode = c.toUnitCode;
      s.pendingExtension = undefined;
      return [
        {
          type: 'matter.lead_reassigned',
          unitCode: c.toUnitCode,
          reason: c.reason,
          data: { fromUnitCode, toUnitCode: c.toUnitCode, wasCoUnit: Boolean(co) },
        },
      ];
    },
  },
};

function requireLeadership(actor: Actor): void {
  if (actor.role !== 'leadership') {
    reject(ErrorCode.Forbidden, 'Only the convener and deputy conveners give instructions (批示).');
  }
}

function replaceUnit(s: MatterState, role: 'lead' | 'co', from: string, to: string): void {
  if (role === 'lead') {
    s.leadUnitCode = to;
  } else {
    s.coUnitCodes = s.coUnitCodes.map((u) => (u === from ? to : u));
  }
}

// A co-unit's contribution is carried into the lead unit's report, never retyped.
function contributionsOf(s: MatterState): { unitCode: string; text: string; evidence: EvidenceItem[] }[] {
  return s.assignments
    .filter((a) => a.role === 'co' && a.contribution && a.status !== 'withdrawn')
    .map((a) => ({ unitCode: a.unitCode, text: a.contribution!.text, evidence: a.contribution!.evidence }));
}

// Throws a MatterRejection when the command may not run now; changes nothing.
export function checkCommand<K extends MatterCommandName>(
  state: MatterState,
  name: K,
  cmd: MatterCommandMap[K],
  knownUnit: UnitCodeRule = isUnitCodeForm,
): void {
  if (!cmd || typeof cmd !== 'object' || !cmd.actor) {
    reject(ErrorCode.InvalidCommand, 'The command carries no actor.');
  }
  requireOpen(state);
  specs[name].check(state, cmd, knownUnit);
}

// Applies a checked command to the state in place and returns the events it appends.
export function applyCommand<K extends MatterCommandName>(
  state: MatterState,
  name: K,
  cmd: MatterCommandMap[K],
  now: string,
  knownUnit: UnitCodeRule = isUnitCodeForm,
): EventDraft[] {
  checkCommand(state, name, cmd, knownUnit);
  const drafts = specs[name].apply(state, cmd, now);
  state.updatedAt = now;
  return drafts;
}

// Records a manual urge whose notice has already gone out, without re-checking the command: the matter may
// have closed (or the unit been withdrawn) while the notice was being sent, and the record must still show
// every notice that went out and who was told. `refusedNow` names what would refuse the urge now, if anything.
export function recordSentUrge(
  state: MatterState,
  cmd: MatterCommandMap['urge'],
  now: string,
  refusedNow?: ErrorCode,
): EventDraft[] {
  const drafts = specs.urge.apply(state, cmd, now);
  if (refusedNow) {
    for (const d of drafts) {
      d.data.refusedNow = refusedNow;
    }
  }
  state.updatedAt = now;
  return drafts;
}
