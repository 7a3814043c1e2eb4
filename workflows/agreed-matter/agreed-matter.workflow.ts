import type {
  CommandResult,
  EscalationNotice,
  EscalationNoticeResult,
  MatterEvent,
  MatterState,
  SupervisionPlan,
  UrgeCommand,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { EventDraft, MatterCommandMap, MatterCommandName } from '@app/domain';
import {
  applyCommand,
  checkCommand,
  checkLeaderSigns,
  checkSeparationOfDuties,
  checkVerifyConfirmation,
  dispatchedEvent,
  initialState,
  isMemberUnitCode,
  isOpen,
  isUnitCodeForm,
  isUnitDraftCommand,
  MatterRejection,
  recordSentUrge,
  recordUnitCapacity,
  reject,
  resolvePolicy,
  syncClocks,
  validateDefinition,
} from '@app/domain';
import type {
  AgreedMatterWorkflowInput,
  MatterActivities,
  PlanInput,
  ProjectionInput,
  RecentCommand,
} from '@app/workflow-api';
import {
  dispatchUpdate,
  LEAD_UNIT_SA,
  MATTER_STATUS_SA,
  matterEventsQuery,
  matterStateQuery,
  matterUpdateHandlers,
  recomputeDeadlinesSignal,
} from '@app/workflow-api';
import type { UpdateDefinition } from '@temporalio/common';
import {
  condition,
  currentUpdateInfo,
  defineUpdate,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';

import {
  clone,
  finishOrContinue,
  HandlerLock,
  historyTooLong,
  ProjectedSeq,
  RecentUpdates,
  rejecting,
  startRejection,
  toRejection,
} from '../shared';
import { SupervisionLoop } from './supervision';

// Matters started before this patch have no supervision and keep running (and replaying) without it.
const SUPERVISION_PATCH = 'supervision-v1';
// A manual urge re-checks its command before sending its notice, and records a notice that went out even if
// the state changed while it was being sent.
const URGE_RECHECK_PATCH = 'urge-recheck-v1';
// A lead unit that takes over (re-assigned or re-routed) gets its own due-date ladder: see SupervisionState.
const LEAD_LADDER_PATCH = 'lead-own-ladder-v1';
// A command's response carries the plan made after it.
const REPLANNED_RESPONSE_PATCH = 'replanned-response-v1';
// Continue-as-new carries only the events that the recent idempotency keys refer to, not the whole record.
const CARRY_RECENT_EVENTS_PATCH = 'carry-recent-events-v1';
// A supervised command plans first, then projects once with the new plan (two activities, not project, plan,
// project); the plan-and-project sections run one at a time (HandlerLock). Older runs keep the old path.
const PLAN_FIRST_PATCH = 'plan-before-project-v1';
// People act in a capacity: a command is re-checked for separation of duties (whoever acted for the lead unit does
// not verify it; nobody decides their own unit's request) and a unit's command records who acted for it
// (assignment.actedBy). The validators check it in every run (they do not run on replay).
const SEPARATION_OF_DUTIES_PATCH = 'separation-of-duties-v1';
// 办结销号 of a matter with a co-unit that never signed nor contributed needs the office to name that unit
// (notDoneUnitCodes), whose part is then recorded as not done (checkVerifyConfirmation). Asked on verify only; the
// validators check it in every run.
const VERIFY_NOT_DONE_PATCH = 'verify-not-done-v1';
// Work inside a unit: the liaison's draft and the leader's approval or return (libs/domain unit-drafts.ts) are
// Updates of their own, answered from this patch on; the draft moves neither the matter nor the assignment, so
// the supervision clock goes on charging the unit until the leader's approval submits the report.
const UNIT_DRAFT_PATCH = 'unit-draft-approval-v1';
// Units as data (issue 12): the office adds, renames and merges member units in the database, so the workflow checks
// only a unit code's form (dispatch, re-route, change of lead); the API refuses an unknown, merged or dissolved unit
// against the directory before the command goes out. Runs recorded before it checked the compiled 21 and replay so.
const UNITS_AS_DATA_PATCH = 'units-as-data-v1';
// The leader signs the unit's progress report too (issue 12): a liaison of a unit with a leader account drafts it
// (draftProgress) instead of reporting it. Runs recorded before it took such a report directly; the handler asks
// the rule (checkLeaderSigns) behind this patch, on a progress report only; the validators ask it in every run.
const PROGRESS_DRAFT_PATCH = 'progress-draft-v1';

// The plan, the projection and the escalation notices run as local activities: in the worker that runs the
// workflow task, recorded as one marker each, with no activity task sent through the server and no workflow task
// to take their result. A command is then one workflow task (its Update accepted, planned, projected and answered
// together) instead of three. They qualify: the plan is pure computation over the cached calendar, the projection
// is keyed by (matter, seq) and never goes backwards, a notice is written once per key; so running one again
// after a lost worker (a local activity is at least once, as an activity is) changes nothing. Runs before the
// patch keep their activities (`viaLocal` is asked at each call, so a replay takes the path its history took). A
// manual urge's notice stays an activity (see noticeOf).
const LOCAL_ACTIVITIES_PATCH = 'local-activities-v1';

// The database may be down for a while: keep trying, slowly; the command's caller waits.
const RETRY = { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' } as const;
const remote = proxyActivities<MatterActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
// A retry waiting longer than localRetryThreshold waits on a durable timer instead of inside the workflow task
// (which would otherwise be heartbeated, a few events every ten seconds, for the whole outage).
const local = proxyLocalActivities<MatterActivities>({
  startToCloseTimeout: '30 seconds',
  retry: RETRY,
  localRetryThreshold: '5 seconds',
});
const viaLocal = (): boolean => patched(LOCAL_ACTIVITIES_PATCH);
const projectMatter = (input: ProjectionInput): Promise<void> => (viaLocal() ? local : remote).projectMatter(input);
const planSupervision = (input: PlanInput): Promise<SupervisionPlan> =>
  (viaLocal() ? local : remote).planSupervision(input);
const sendEscalationNotice = (input: EscalationNotice): Promise<EscalationNoticeResult> =>
  (viaLocal() ? local : remote).sendEscalationNotice(input);

// The events a replayed idempotency key answers with: at most RECENT_UPDATES_KEPT commands' events.
function eventsOfRecent(events: MatterEvent[], recent: RecentCommand[]): MatterEvent[] {
  const seqs = new Set(recent.flatMap((r) => r.seqs));
  return events.filter((e) => seqs.has(e.seq));
}

export async function AgreedMatterWorkflow(input: AgreedMatterWorkflowInput): Promise<MatterState> {
  const now = (): string => new Date().toISOString();
  let state: MatterState;
  let events: MatterEvent[];
  let carriedRecent: RecentCommand[] = [];
  // Asked once, first, in every run (a continued run is a new one and takes the patch).
  const knownUnit = patched(UNITS_AS_DATA_PATCH) ? isUnitCodeForm : isMemberUnitCode;

  const append = (drafts: EventDraft[], actor: MatterEvent['actor']): MatterEvent[] => {
    const at = now();
    const appended = drafts.map((d) => ({ ...d, matterId: state.matterId, seq: ++state.seq, at, actor }));
    events.push(...appended);
    return appended;
  };

  if (input.carried) {
    ({ state, events, recentCommands: carriedRecent } = clone(input.carried));
  } else {
    if (!input.definition || !input.createdBy) {
      throw startRejection('AgreedMatterWorkflow needs a definition and a creator.');
    }
    const definition = input.definition;
    rejecting(() => validateDefinition(definition, knownUnit));
    state = initialState(definition, input.createdBy, input.createdAt ?? now());
    events = [];
    if (patched(SUPERVISION_PATCH)) {
      state.supervision = {
        policy: rejecting(() => resolvePolicy(state.priority, definition.policy)),
        firedKeys: [],
        pauses: {},
      };
    }
    append([dispatchedEvent(state)], input.createdBy);
  }
  const recent = new RecentUpdates<RecentCommand>(carriedRecent, (r) => r.id);
  const projection = new ProjectedSeq(input.carried ? state.seq : 0);

  const mustContinue = (): boolean => historyTooLong(input.historyLengthCap);

  const project = (appended: MatterEvent[]): Promise<MatterState> =>
    projection.project(state, (matter) => projectMatter({ matter, events: appended }));
  const supervision = new SupervisionLoop({
    state: () => state,
    isDone: () => !isOpen(state) || mustContinue(),
    append,
    project,
    activities: { planSupervision, sendEscalationNotice },
  });
  // Clock pauses follow the state; each command may start or stop one, and calls for a new plan.
  let planRequest = 0;
  const afterCommand = (drafts: EventDraft[]): EventDraft[] => {
    if (!state.supervision) {
      return drafts;
    }
    planRequest = supervision.requestPlan();
    return [...drafts, ...syncClocks(state, state.supervision, now())];
  };
  // A command's response carries the plan made after it (its deadlines, light, level), not the one before:
  // waits until the supervision loop has recorded that plan. Not when the loop has stopped (the matter closed
  // or is handing over to a new run) or for a matter without supervision.
  const awaitPlanOf = async (request: number): Promise<boolean> => {
    if (!state.supervision || request === 0 || !patched(REPLANNED_RESPONSE_PATCH)) {
      return false;
    }
    await condition(() => supervision.answers(request) || !isOpen(state) || mustContinue());
    return true;
  };

  // Plan-before-project: a supervised command of a run that has the patch. Checked once per command, before
  // its first await, so a replay takes the same path. A command applies its change on arrival (as on the older
  // path); the lock then lets one command at a time plan and project, so plans are adopted and projections
  // written in the order of the changes. (An urge sends its notice before that, outside the lock: a command
  // that lands meanwhile, such as the closing, is not held up by a slow notice.)
  const lock = new HandlerLock();
  const plansFirst = (): boolean => Boolean(state.supervision) && patched(PLAN_FIRST_PATCH);
  // The command's events and its clock changes (the supervision loop is not asked: the command plans itself).
  const withClocks = (drafts: EventDraft[]): EventDraft[] =>
    state.supervision ? [...drafts, ...syncClocks(state, state.supervision, now())] : drafts;
  // Plans with the command applied (while the matter runs on in this run), then projects the command's events
  // and the plan's in one activity. The response carries the matter with that plan.
  const planThenProject = (appended: MatterEvent[]): Promise<CommandResult> => {
    supervision.commandApplied();
    return lock.run(async () => {
      try {
        const planned = isOpen(state) && !mustContinue() ? await supervision.planNow() : [];
        await project([...appended, ...planned]);
        return { matter: clone(state), events: appended, replayed: false };
      } finally {
        supervision.commandPlanned();
      }
    });
  };

  const remember = (seqs: number[]): void => recent.remember((id) => ({ id, seqs }));
  const replayed = (prior: RecentCommand): CommandResult => ({
    matter: clone(state),
    events: events.filter((e) => prior.seqs.includes(e.seq)),
    replayed: true,
  });

  // Applies a command to the state (re-checked: an earlier command may have changed it since validation) and
  // appends its events.
  const apply = <K extends MatterCommandName>(
    name: K,
    cmd: MatterCommandMap[K],
    clocks: (drafts: EventDraft[]) => EventDraft[],
  ): MatterEvent[] => {
    const before = { status: state.status, lead: state.leadUnitCode };
    const drafts = rejecting(() => {
      if (isUnitDraftCommand(name) && !patched(UNIT_DRAFT_PATCH)) {
        reject(ErrorCode.InvalidCommand, 'This run of the matter takes no drafts.');
      }
      const separated = patched(SEPARATION_OF_DUTIES_PATCH);
      if (separated) {
        checkSeparationOfDuties(state, name, cmd);
      }
      if (name === 'verify' && patched(VERIFY_NOT_DONE_PATCH)) {
        checkVerifyConfirmation(state, name, cmd);
      }
      if (name === 'reportProgress' && patched(PROGRESS_DRAFT_PATCH)) {
        checkLeaderSigns(name, cmd);
      }
      const applied = applyCommand(state, name, cmd, now(), knownUnit);
      if (separated) {
        recordUnitCapacity(state, cmd);
      }
      // A new lead unit gets its own due-date ladder (and a new assignment's grace) from the planner.
      if (state.supervision && state.leadUnitCode !== before.lead && patched(LEAD_LADDER_PATCH)) {
        state.supervision.leadSince = now();
      }
      return clocks(applied);
    });
    const appended = append(drafts, cmd.actor);
    if (state.status !== before.status || state.leadUnitCode !== before.lead) {
      upsertSearchAttributes([
        { key: MATTER_STATUS_SA, value: state.status },
        { key: LEAD_UNIT_SA, value: state.leadUnitCode },
      ]);
    }
    remember(appended.map((e) => e.seq));
    return appended;
  };

  function handle<K extends MatterCommandName>(
    update: UpdateDefinition<CommandResult, [MatterCommandMap[K]]>,
    name: K,
  ): void {
    setHandler(
      update,
      async (cmd) => {
        const prior = recent.replayOf();
        if (prior) {
          return replayed(prior);
        }
        if (plansFirst()) {
          return planThenProject(apply(name, cmd, withClocks));
        }
        // The path recorded histories took: keep its awaits as they are (see ProjectedSeq.project).
        const appended = apply(name, cmd, afterCommand);
        const request = planRequest;
        const snapshot = clone(state);
        await projectMatter({ matter: snapshot, events: appended });
        projection.advance(snapshot.seq);
        if (await awaitPlanOf(request)) {
          return { matter: clone(state), events: appended, replayed: false };
        }
        return { matter: snapshot, events: appended, replayed: false };
      },
      {
        validator: (cmd) => {
          if (recent.isReplay()) {
            return;
          }
          rejecting(() => {
            checkCommand(state, name, cmd as MatterCommandMap[K], knownUnit);
            checkSeparationOfDuties(state, name, cmd as MatterCommandMap[K]);
            checkVerifyConfirmation(state, name, cmd as MatterCommandMap[K]);
            checkLeaderSigns(name, cmd as MatterCommandMap[K]);
          });
        },
      },
    );
  }

  // Urging by hand sends its notice first, so the recorded event says who was told. Re-checked before any notice
  // goes out: an earlier command may have changed the state since validation.
  // Through the server's activity queue in every run (never local): the notice may wait on a busy database, and a
  // local activity would hold the whole workflow task, so a closing that lands meanwhile would wait for it.
  const noticeOf = (cmd: UrgeCommand) =>
    remote.sendEscalationNotice({
      matterId: state.matterId,
      matterCode: state.code,
      title: state.title,
      level: cmd.level,
      reason: 'manual',
      unitCode: cmd.unitCode,
      office: false,
      byUserId: cmd.actor.userId,
      note: cmd.note,
      key: `${state.matterId}:urge:${currentUpdateInfo()?.id ?? now()}`,
    });
  const urged = (
    cmd: UrgeCommand,
    notice: EscalationNoticeResult,
    recheck: boolean,
    clocks: (drafts: EventDraft[]) => EventDraft[],
  ): MatterEvent[] => {
    let drafts: EventDraft[];
    try {
      drafts = clocks(applyCommand(state, 'urge', { ...cmd, notice }, now()));
    } catch (err) {
      if (!recheck || !(err instanceof MatterRejection)) {
        throw toRejection(err);
      }
      // The state changed while the notice was being sent (the matter closed, the unit was withdrawn). The
      // notice has gone out and cannot be taken back: it is recorded, with what would refuse it now, so the
      // record shows every notice a unit received; refusing here would leave a notice nobody can trace.
      drafts = clocks(recordSentUrge(state, { ...cmd, notice }, now(), err.code));
    }
    const appended = append(drafts, cmd.actor);
    remember(appended.map((e) => e.seq));
    return appended;
  };
  function handleUrge(update: UpdateDefinition<CommandResult, [UrgeCommand]>): void {
    setHandler(
      update,
      async (cmd) => {
        const prior = recent.replayOf();
        if (prior) {
          return replayed(prior);
        }
        if (plansFirst()) {
          rejecting(() => checkCommand(state, 'urge', cmd));
          const notice = await noticeOf(cmd);
          return planThenProject(urged(cmd, notice, true, withClocks));
        }
        // The path recorded histories took: keep its awaits as they are (see ProjectedSeq.project).
        const recheck = patched(URGE_RECHECK_PATCH);
        if (recheck) {
          rejecting(() => checkCommand(state, 'urge', cmd));
        }
        const notice = await noticeOf(cmd);
        const appended = urged(cmd, notice, recheck, afterCommand);
        const request = planRequest;
        await project(appended);
        await awaitPlanOf(request);
        return { matter: clone(state), events: appended, replayed: false };
      },
      {
        validator: (cmd) => {
          if (recent.isReplay()) {
            return;
          }
          rejecting(() => checkCommand(state, 'urge', cmd as UrgeCommand));
        },
      },
    );
  }

  // One handler per Update name of the command table (libs/contracts/src/matter-command-table.ts) and per legacy
  // name a row lists, so recorded histories replay; supervise is urge under the director's policy (in the API).
  for (const { updateName, command } of matterUpdateHandlers()) {
    if (command === 'urge') {
      handleUrge(defineUpdate<CommandResult, [UrgeCommand]>(updateName));
    } else {
      handle(defineUpdate<CommandResult, [MatterCommandMap[typeof command]]>(updateName), command);
    }
  }
  setHandler(recomputeDeadlinesSignal, () => {
    supervision.requestPlan();
  });

  // Returns once the dispatch is in the read model, so the creating request reads its own write. (It does not
  // wait for the first plan: the dispatch's answer is the dispatched matter, seq 1, whose deadlines follow.)
  setHandler(dispatchUpdate, async () => {
    await condition(() => projection.reached(1));
    return { matter: clone(state), events: events.filter((e) => e.seq === 1), replayed: false };
  });
  setHandler(matterStateQuery, () => state);
  setHandler(matterEventsQuery, () => events);

  if (projection.seq === 0) {
    await projectMatter({ matter: clone(state), events: clone(events) });
    projection.advance(state.seq);
  }

  if (state.supervision) {
    await supervision.run();
  } else {
    await condition(() => !isOpen(state) || mustContinue());
  }
  // Lets in-flight commands finish (and be projected) before closing or handing over to a new run. The record
  // is in the read model (every event is projected before this point); the next run needs only the events a
  // recent idempotency key answers with, so the carried input stays bounded however long the matter runs. The
  // events query of the new run then lists those and the ones it appends.
  await finishOrContinue<typeof AgreedMatterWorkflow>(
    () => isOpen(state),
    () => {
      const recentCommands = recent.carried();
      const carriedEvents = patched(CARRY_RECENT_EVENTS_PATCH) ? eventsOfRecent(events, recentCommands) : events;
      return [{ carried: { state, events: carriedEvents, recentCommands }, historyLengthCap: input.historyLengthCap }];
    },
  );
  return state;
}
