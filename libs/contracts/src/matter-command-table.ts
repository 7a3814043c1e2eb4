// The matter command table: one row per command, the one place a command's name, HTTP path, policy, body and
// issuers are written. The Update definitions (@app/workflow-api), the workflow's handlers, the API's routes and
// policy entries and the console's client are derived from it. Pure data: the console imports it by value.
import type { UserRole } from './auth.types';
import type { EvidenceItem } from './matter.types';
import type {
  AcknowledgeCommand,
  CancelCommand,
  ContributeCommand,
  DecideExtensionCommand,
  DeclineCommand,
  InstructCommand,
  ProgressCommand,
  ReassignLeadCommand,
  RejectDeclineCommand,
  RequestExtensionCommand,
  RerouteCommand,
  ReturnCommand,
  SubmitCompletionCommand,
  UnitCommand,
  UrgeCommand,
  VerifyCommand,
} from './matter-commands.types';

// The HTTP body of each command (POST /api/matters/:id/<path>): what the person sends. The acting person, and for
// a unit's own command its unit, come from the token, never from the body. The API's DTO classes implement these.
export interface MatterCommandBodies {
  acknowledge: Record<string, never>;
  decline: { reason: string };
  reroute: { fromUnitCode: string; toUnitCode: string; reason: string };
  rejectDecline: { unitCode: string; reason: string };
  reportProgress: { text: string; percent: number };
  draftProgress: { text: string; percent: number };
  contribute: { text: string; evidence: EvidenceItem[] };
  submitCompletion: { summary: string; evidence: EvidenceItem[] };
  draftCompletion: { summary: string; evidence: EvidenceItem[] };
  approveDraft: Record<string, never>;
  returnDraft: { reason: string };
  nameHandler: { name: string; phone?: string };
  verify: { comment?: string; notDoneUnitCodes?: string[] };
  returnForRework: { reason: string };
  cancel: { reason: string };
  requestExtension: { requestedDueDate: string; reason: string };
  draftExtension: { requestedDueDate: string; reason: string };
  decideExtension: { approve: boolean; reason: string };
  reassignLead: { toUnitCode: string; reason: string };
  instruct: { text: string };
  urge: { unitCode: string; level: 'reminder' | 'urging'; note: string };
  supervise: { unitCode: string; level: 'supervision' | 'report'; note: string };
}

export type MatterCommandName = keyof MatterCommandBodies;
export type MatterCommandBody<K extends MatterCommandName> = MatterCommandBodies[K];

// The argument of the Workflow Update each command runs (the body plus the actor, checked by the workflow).
export interface MatterCommandArgs {
  acknowledge: AcknowledgeCommand;
  decline: DeclineCommand;
  reroute: RerouteCommand;
  rejectDecline: RejectDeclineCommand;
  reportProgress: ProgressCommand;
  draftProgress: ProgressCommand;
  contribute: ContributeCommand;
  submitCompletion: SubmitCompletionCommand;
  draftCompletion: SubmitCompletionCommand;
  approveDraft: UnitCommand;
  returnDraft: UnitCommand & MatterCommandBodies['returnDraft'];
  nameHandler: UnitCommand & MatterCommandBodies['nameHandler'];
  verify: VerifyCommand;
  returnForRework: ReturnCommand;
  cancel: CancelCommand;
  requestExtension: RequestExtensionCommand;
  draftExtension: RequestExtensionCommand;
  decideExtension: DecideExtensionCommand;
  reassignLead: ReassignLeadCommand;
  instruct: InstructCommand;
  urge: UrgeCommand;
  supervise: UrgeCommand;
}

const OFFICE: readonly UserRole[] = ['office_director', 'office_staff'];
const UNIT: readonly UserRole[] = ['unit_leader', 'unit_liaison'];

export interface MatterCommandRow {
  // kebab-case path under /api/matters/:id/ (the name in kebab-case).
  readonly path: string;
  // Older paths of the same command, kept as deprecated aliases.
  readonly legacyPaths: readonly string[];
  // The Workflow Update the command runs: its own name, or the command it is a variant of (supervise → urge).
  readonly update: string;
  // Older Update names the workflow keeps answering, so recorded histories replay.
  readonly legacyUpdates: readonly string[];
  // The policy entry the route declares (apps/api/src/auth/policies.ts takes it from here).
  readonly policy: string;
  // Who may issue it: the policy's roles.
  readonly roles: readonly UserRole[];
  // The key of the body's DTO class in the API (apps/api/src/matters/dto/commands.dto.ts, COMMAND_DTOS); null: the
  // command takes no body.
  readonly body: string | null;
  // The unit acts on its own assignment: the Update's unitCode is the actor's unit, never the body's.
  readonly ownUnit: boolean;
  // The body field naming the unit the command acts on, when it takes one: allowedActions lists those units.
  readonly target?: 'unitCode' | 'fromUnitCode';
  // The body field naming a unit to hand the assignment to (any member unit holding none).
  readonly handOver?: 'toUnitCode';
  // A well-formed body for the dry run that computes allowedActions: only the state and the remit can refuse it.
  readonly probe: Readonly<Record<string, unknown>>;
  // The OpenAPI summary of the route.
  readonly summary: string;
}

// A date after any due date, for the dry run of requestExtension.
const LATE_DATE = '9999-12-31';

export const MATTER_COMMANDS = {
  acknowledge: {
    path: 'acknowledge',
    legacyPaths: [],
    update: 'acknowledge',
    legacyUpdates: [],
    policy: 'matters.acknowledge',
    roles: UNIT,
    body: null,
    ownUnit: true,
    probe: {},
    summary: "Acknowledge the actor's unit's assignment (签收)",
  },
  decline: {
    path: 'decline',
    legacyPaths: [],
    update: 'decline',
    legacyUpdates: [],
    policy: 'matters.decline',
    roles: UNIT,
    body: 'DeclineDto',
    ownUnit: true,
    probe: { reason: 'probe' },
    summary: "Ask to be relieved: outside the unit's remit (申请退回)",
  },
  reroute: {
    path: 'reroute',
    legacyPaths: [],
    update: 'reroute',
    legacyUpdates: [],
    policy: 'matters.route',
    roles: OFFICE,
    body: 'RerouteDto',
    ownUnit: false,
    target: 'fromUnitCode',
    handOver: 'toUnitCode',
    probe: { reason: 'probe' },
    summary: 'Re-route a declined assignment to another unit (改派); office only',
  },
  rejectDecline: {
    path: 'reject-decline',
    legacyPaths: [],
    update: 'rejectDecline',
    legacyUpdates: [],
    policy: 'matters.route',
    roles: OFFICE,
    body: 'RejectDeclineDto',
    ownUnit: false,
    target: 'unitCode',
    probe: { reason: 'probe' },
    summary: 'Insist: refuse a request to be relieved; office only',
  },
  reportProgress: {
    path: 'report-progress',
    legacyPaths: ['progress'],
    update: 'reportProgress',
    legacyUpdates: [],
    policy: 'matters.progress',
    roles: UNIT,
    body: 'ProgressDto',
    ownUnit: true,
    probe: { text: 'probe', percent: 0 },
    summary: 'Report progress (进展报告)',
  },
  // Inside the unit (progress-draft-v1): as with the completion report, a liaison of a unit with a leader account
  // drafts the progress report and the leader approves it (it then reaches the office as the leader's report).
  draftProgress: {
    path: 'draft-progress',
    legacyPaths: [],
    update: 'draftProgress',
    legacyUpdates: [],
    policy: 'matters.progress.draft',
    roles: ['unit_liaison'],
    body: 'ProgressDto',
    ownUnit: true,
    probe: { text: 'probe', percent: 0 },
    summary: "The liaison drafts the progress report for the unit's leader (提交本单位负责同志审核)",
  },
  contribute: {
    path: 'contribute',
    legacyPaths: ['contribution'],
    update: 'contribute',
    legacyUpdates: [],
    policy: 'matters.contribute',
    roles: UNIT,
    body: 'ContributionDto',
    ownUnit: true,
    probe: { text: 'probe', evidence: [] },
    summary: 'A co-unit hands its contribution to the lead unit (配合单位报送)',
  },
  submitCompletion: {
    path: 'submit-completion',
    legacyPaths: ['completion'],
    update: 'submitCompletion',
    legacyUpdates: [],
    policy: 'matters.complete',
    // The leader answers for the unit: completion reports and extension requests are theirs. A liaison submits
    // directly only for a unit without a leader account; otherwise they draft it (draftCompletion).
    roles: UNIT,
    body: 'CompletionDto',
    ownUnit: true,
    probe: { summary: 'probe', evidence: [] },
    summary: 'The lead unit reports completion (办结报告) for verification',
  },
  // Inside the unit (unit-draft-approval-v1): the liaison drafts the completion report; the unit's leader approves
  // it (it then reaches the office as the leader's report) or returns it with a note. The office sees neither.
  draftCompletion: {
    path: 'draft-completion',
    legacyPaths: [],
    update: 'draftCompletion',
    legacyUpdates: [],
    policy: 'matters.complete.draft',
    roles: ['unit_liaison'],
    body: 'CompletionDto',
    ownUnit: true,
    probe: { summary: 'probe', evidence: [] },
    summary: "The liaison drafts the completion report for the unit's leader (提交本单位负责同志审核)",
  },
  approveDraft: {
    path: 'approve-draft',
    legacyPaths: [],
    update: 'approveDraft',
    legacyUpdates: [],
    policy: 'matters.draft.review',
    roles: ['unit_leader'],
    body: null,
    ownUnit: true,
    probe: {},
    summary: "The unit's leader approves the liaison's draft, which then reaches the office (同意报送)",
  },
  returnDraft: {
    path: 'return-draft',
    legacyPaths: [],
    update: 'returnDraft',
    legacyUpdates: [],
    policy: 'matters.draft.review',
    roles: ['unit_leader'],
    body: 'ReturnDraftDto',
    ownUnit: true,
    probe: { reason: 'probe' },
    summary: "The unit's leader returns the liaison's draft with a note (退回修改)",
  },
  // The unit names who handles its part (承办人) and their office phone; named again, the new one replaces the old.
  nameHandler: {
    path: 'name-handler',
    legacyPaths: [],
    update: 'nameHandler',
    legacyUpdates: [],
    policy: 'matters.handler',
    roles: UNIT,
    body: 'NameHandlerDto',
    ownUnit: true,
    probe: { name: 'probe' },
    summary: 'The unit names its handler of the assignment (承办人), with an office phone',
  },
  verify: {
    path: 'verify',
    legacyPaths: [],
    update: 'verify',
    legacyUpdates: [],
    policy: 'matters.verify',
    roles: OFFICE,
    body: 'VerifyDto',
    ownUnit: false,
    probe: {},
    summary: 'Accept the completion report and close the matter (办结/销号); office only',
  },
  returnForRework: {
    path: 'return-for-rework',
    legacyPaths: ['return'],
    update: 'returnForRework',
    legacyUpdates: [],
    policy: 'matters.verify',
    roles: OFFICE,
    body: 'ReturnForReworkDto',
    ownUnit: false,
    probe: { reason: 'probe' },
    summary: 'Return the completion report for rework (退回整改); office only',
  },
  cancel: {
    path: 'cancel',
    legacyPaths: [],
    update: 'cancel',
    legacyUpdates: [],
    // Only the office director approves a cancellation.
    policy: 'matters.cancel',
    roles: ['office_director'],
    body: 'CancelDto',
    ownUnit: false,
    probe: { reason: 'probe' },
    summary: 'Cancel the matter with a reason (撤销); office director',
  },
  requestExtension: {
    path: 'request-extension',
    legacyPaths: ['extension-request'],
    update: 'requestExtension',
    legacyUpdates: [],
    policy: 'matters.extension.request',
    // As with completion reports, the leader signs what leaves the unit: a liaison requests directly only for a
    // unit without a leader account; otherwise they draft the request (draftExtension) for the leader.
    roles: UNIT,
    body: 'ExtensionRequestDto',
    ownUnit: true,
    probe: { requestedDueDate: LATE_DATE, reason: 'probe' },
    summary: 'The lead unit requests a later due date (延期申请)',
  },
  draftExtension: {
    path: 'draft-extension',
    legacyPaths: [],
    update: 'draftExtension',
    legacyUpdates: [],
    policy: 'matters.extension.draft',
    roles: ['unit_liaison'],
    body: 'ExtensionRequestDto',
    ownUnit: true,
    probe: { requestedDueDate: LATE_DATE, reason: 'probe' },
    summary: "The liaison drafts the extension request for the unit's leader (提交本单位负责同志审核)",
  },
  decideExtension: {
    path: 'decide-extension',
    legacyPaths: ['extension-decision'],
    update: 'decideExtension',
    legacyUpdates: [],
    policy: 'matters.extension.decide',
    roles: OFFICE,
    body: 'ExtensionDecisionDto',
    ownUnit: false,
    probe: { approve: false, reason: 'probe' },
    summary: 'Approve or refuse the pending extension request; office only',
  },
  reassignLead: {
    path: 'reassign-lead',
    legacyPaths: [],
    update: 'reassignLead',
    legacyUpdates: [],
    policy: 'matters.reassign',
    roles: OFFICE,
    body: 'ReassignLeadDto',
    ownUnit: false,
    handOver: 'toUnitCode',
    probe: { reason: 'probe' },
    summary: 'Give the lead to another unit; office only',
  },
  instruct: {
    path: 'instruct',
    legacyPaths: ['instructions'],
    update: 'instruct',
    legacyUpdates: [],
    policy: 'matters.instruct',
    roles: ['leadership'],
    body: 'InstructionDto',
    ownUnit: false,
    probe: { text: 'probe' },
    summary: 'Leadership gives an instruction (批示) on the matter',
  },
  urge: {
    path: 'urge',
    legacyPaths: [],
    update: 'urge',
    legacyUpdates: [],
    policy: 'matters.urge',
    roles: OFFICE,
    body: 'UrgeDto',
    ownUnit: false,
    target: 'unitCode',
    probe: { level: 'urging', note: 'probe' },
    summary: 'Urge a unit by hand: 提醒 reminder or 催办 urging notice, with a note; office',
  },
  // A formal supervision notice (督办) and a report to the convener (通报) are urging at a higher level, the
  // director's.
  supervise: {
    path: 'supervise',
    legacyPaths: [],
    update: 'urge',
    legacyUpdates: [],
    policy: 'matters.supervise',
    roles: ['office_director'],
    body: 'SuperviseDto',
    ownUnit: false,
    target: 'unitCode',
    probe: { level: 'supervision', note: 'probe' },
    summary: 'Issue a 督办 supervision notice (numbered 督〔YYYY〕N号) or a 通报 report; office director',
  },
} as const satisfies { readonly [K in MatterCommandName]: MatterCommandRow };

export const MATTER_COMMAND_NAMES = Object.keys(MATTER_COMMANDS) as MatterCommandName[];

// The keys of the DTO classes of the bodies.
export type MatterCommandBodyKey = Exclude<(typeof MATTER_COMMANDS)[MatterCommandName]['body'], null>;

// The Updates the workflow answers: every row's update (supervise runs urge).
export type MatterUpdateName = (typeof MATTER_COMMANDS)[MatterCommandName]['update'];
export type MatterUpdateArgs = { [K in MatterUpdateName]: MatterCommandArgs[K] };

// The policy names of the commands, and who each allows.
export type MatterCommandPolicyName = (typeof MATTER_COMMANDS)[MatterCommandName]['policy'];
export function matterCommandPolicies(): Record<MatterCommandPolicyName, UserRole[]> {
  const out: Partial<Record<MatterCommandPolicyName, UserRole[]>> = {};
  for (const name of MATTER_COMMAND_NAMES) {
    const row: MatterCommandRow = MATTER_COMMANDS[name];
    const policy = MATTER_COMMANDS[name].policy;
    const prior = out[policy];
    if (prior && [...prior].sort().join() !== [...row.roles].sort().join()) {
      throw new Error(`Commands sharing the policy ${policy} name different roles.`);
    }
    out[policy] = [...row.roles];
  }
  return out as Record<MatterCommandPolicyName, UserRole[]>;
}

// What the person asking may do on a matter now, computed by the API (a dry run of the workflow's checks and the
// policy). unitCodes: the units a command that takes one may act on.
export interface AllowedAction {
  command: MatterCommandName;
  unitCodes?: string[];
}

// The days left (or overdue) until the end of lastDay, in working days of the statutory calendar (and the unit's
// own adjustments for an assignment), from the server's today. remaining 0: today is the last day.
export interface Countdown {
  kind: 'remaining' | 'overdue';
  workingDays: number;
  lastDay: string;
}
