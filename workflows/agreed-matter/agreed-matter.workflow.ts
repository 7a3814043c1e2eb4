import type {
  AgreedMatterWorkflowInput,
  CommandResult,
  MatterActivities,
  MatterEvent,
  MatterState,
  RecentCommand,
  UrgeCommand,
} from '@app/contracts';
import {
  acknowledgeUpdate,
  cancelUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  declineUpdate,
  dispatchUpdate,
  instructUpdate,
  LEAD_UNIT_SA,
  MATTER_STATUS_SA,
  matterEventsQuery,
  matterStateQuery,
  reassignLeadUpdate,
  recomputeDeadlinesSignal,
  rejectDeclineUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  rerouteUpdate,
  returnUpdate,
  submitCompletionUpdate,
  urgeUpdate,
  verifyUpdate,
} from '@app/contracts';
import type { EventDraft, MatterCommandMap, MatterCommandName } from '@app/domain';
import {
  applyCommand,
  checkCommand,
  dispatchedEvent,
  initialState,
  isOpen,
  MatterRejection,
  recordSentUrge,
  resolvePolicy,
  syncClocks,
  validateDefinition,
} from '@app/domain';
import type { UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';

import { startRejection, toRejection } from './rejections';
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

const { projectMatter, planSupervision, sendEscalationNotice } = proxyActivities<MatterActivities>({
  startToCloseTimeout: '30 seconds',
  // The database may be down for a while: keep trying, slowly; the command's caller waits.
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

// Bounded memory of applied idempotency keys, carried across continue-as-new.
const RECENT_COMMANDS_KEPT = 500;
const DEFAULT_HISTORY_CAP = 5000;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// The events a replayed idempotency key answers with: at most RECENT_COMMANDS_KEPT commands' events.
function eventsOfRecent(events: MatterEvent[], recent: RecentCommand[]): MatterEvent[] {
  const seqs = new Set(recent.flatMap((r) => r.seqs));
  return events.filter((e) => seqs.has(e.seq));
}

export async function AgreedMatterWorkflow(input: AgreedMatterWorkflowInput): Promise<MatterState> {
  const now = (): string => new Date().toISOString();
  let state: MatterState;
  let events: MatterEvent[];
  let recent: RecentCommand[];
  let projectedSeq: number;

  const append = (drafts: EventDraft[], actor: MatterEvent['actor']): MatterEvent[] => {
    const at = now();
    const appended = drafts.map((d) => ({ ...d, matterId: state.matterId, seq: ++state.seq, at, actor }));
    events.push(...appended);
    return appended;
  };

  if (input.carried) {
    ({ state, events, recentCommands: recent } = clone(input.carried));
    projectedSeq = state.seq;
  } else {
    if (!input.definition || !input.createdBy) {
      throw startRejection('AgreedMatterWorkflow needs a definition and a creator.');
    }
    try {
      validateDefinition(input.definition);
    } catch (err) {
      throw toRejection(err);
    }
    state = initialState(input.definition, input.createdBy, input.createdAt ?? now());
    events = [];
    recent = [];
    projectedSeq = 0;
    if (patched(SUPERVISION_PATCH)) {
      try {
        state.supervision = {
          policy: resolvePolicy(state.priority, input.definition.policy),
          firedKeys: [],
          pauses: {},
        };
      } catch (err) {
        throw toRejection(err);
      }
    }
    append([dispatchedEvent(state)], input.createdBy);
  }

  const historyCap = input.historyLengthCap ?? DEFAULT_HISTORY_CAP;
  const mustContinue = (): boolean =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyCap;

  const project = async (appended: MatterEvent[]): Promise<void> => {
    const snapshot = clone(state);
    await projectMatter({ matter: snapshot, events: appended });
    projectedSeq = Math.max(projectedSeq, snapshot.seq);
  };
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

  const remember = (seqs: number[]): void => {
    const id = currentUpdateInfo()?.id;
    if (id) {
      recent.push({ id, seqs });
      recent = recent.slice(-RECENT_COMMANDS_KEPT);
    }
  };
  const replayOf = (): RecentCommand | undefined => {
    const id = currentUpdateInfo()?.id;
    return id ? recent.find((r) => r.id === id) : undefined;
  };

  function handle<K extends MatterCommandName>(
    update: UpdateDefinition<CommandResult, [MatterCommandMap[K]]>,
    name: K,
  ): void {
    setHandler(
      update,
      async (cmd) => {
        const prior = replayOf();
        if (prior) {
          return { matter: clone(state), events: events.filter((e) => prior.seqs.includes(e.seq)), replayed: true };
        }
        let drafts: EventDraft[];
        const before = { status: state.status, lead: state.leadUnitCode };
        try {
          // Re-checked here: an earlier command may have changed the state since validation.
          const applied = applyCommand(state, name, cmd, now());
          // A new lead unit gets its own due-date ladder (and a new assignment's grace) from the planner.
          if (state.supervision && state.leadUnitCode !== before.lead && patched(LEAD_LADDER_PATCH)) {
            state.supervision.leadSince = now();
          }
          drafts = afterCommand(applied);
        } catch (err) {
          throw toRejection(err);
        }
        const appended = append(drafts, cmd.actor);
        if (state.status !== before.status || state.leadUnitCode !== before.lead) {
          upsertSearchAttributes([
            { key: MATTER_STATUS_SA, value: state.status },
            { key: LEAD_UNIT_SA, value: state.leadUnitCode },
          ]);
        }
        remember(appended.map((e) => e.seq));
        const request = planRequest;
        const snapshot = clone(state);
        await projectMatter({ matter: snapshot, events: appended });
        projectedSeq = Math.max(projectedSeq, snapshot.seq);
        if (await awaitPlanOf(request)) {
          return { matter: clone(state), events: appended, replayed: false };
        }
        return { matter: snapshot, events: appended, replayed: false };
      },
      {
        validator: (cmd) => {
          if (replayOf()) {
            return;
          }
          try {
            checkCommand(state, name, cmd as MatterCommandMap[K]);
          } catch (err) {
            throw toRejection(err);
          }
        },
      },
    );
  }

  handle(acknowledgeUpdate, 'acknowledge');
  handle(declineUpdate, 'decline');
  handle(rerouteUpdate, 'reroute');
  handle(rejectDeclineUpdate, 'rejectDecline');
  handle(reportProgressUpdate, 'reportProgress');
  handle(contributeUpdate, 'contribute');
  handle(submitCompletionUpdate, 'submitCompletion');
  handle(verifyUpdate, 'verify');
  handle(returnUpdate, 'returnForRework');
  handle(cancelUpdate, 'cancel');
  handle(requestExtensionUpdate, 'requestExtension');
  handle(decideExtensionUpdate, 'decideExtension');
  handle(reassignLeadUpdate, 'reassignLead');
  handle(instructUpdate, 'instruct');

  // Urging by hand sends its notice first, so the recorded event says who was told.
  setHandler(
    urgeUpdate,
    async (cmd) => {
      const prior = replayOf();
      if (prior) {
        return { matter: clone(state), events: events.filter((e) => prior.seqs.includes(e.seq)), replayed: true };
      }
      // Re-checked before any notice goes out: an earlier command may have changed the state since validation.
      const recheck = patched(URGE_RECHECK_PATCH);
      if (recheck) {
        try {
          checkCommand(state, 'urge', cmd);
        } catch (err) {
          throw toRejection(err);
        }
      }
      const notice = await sendEscalationNotice({
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
      let drafts: EventDraft[];
      try {
        drafts = afterCommand(applyCommand(state, 'urge', { ...cmd, notice }, now()));
      } catch (err) {
        if (!recheck || !(err instanceof MatterRejection)) {
          throw toRejection(err);
        }
        // The state changed while the notice was being sent (the matter closed, the unit was withdrawn). The
        // notice has gone out and cannot be taken back: it is recorded, with what would refuse it now, so the
        // record shows every notice a unit received; refusing here would leave a notice nobody can trace.
        drafts = afterCommand(recordSentUrge(state, { ...cmd, notice }, now(), err.code));
      }
      const appended = append(drafts, cmd.actor);
      remember(appended.map((e) => e.seq));
      const request = planRequest;
      await project(appended);
      await awaitPlanOf(request);
      return { matter: clone(state), events: appended, replayed: false };
    },
    {
      validator: (cmd) => {
        if (replayOf()) {
          return;
        }
        try {
          checkCommand(state, 'urge', cmd as UrgeCommand);
        } catch (err) {
          throw toRejection(err);
        }
      },
    },
  );
  setHandler(recomputeDeadlinesSignal, () => {
    supervision.requestPlan();
  });

  // Returns once the dispatch is in the read model, so the creating request reads its own write. (It does not
  // wait for the first plan: the dispatch's answer is the dispatched matter, seq 1, whose deadlines follow.)
  setHandler(dispatchUpdate, async () => {
    await condition(() => projectedSeq >= 1);
    return { matter: clone(state), events: events.filter((e) => e.seq === 1), replayed: false };
  });
  setHandler(matterStateQuery, () => state);
  setHandler(matterEventsQuery, () => events);

  if (projectedSeq === 0) {
    await projectMatter({ matter: clone(state), events: clone(events) });
    projectedSeq = state.seq;
  }

  if (state.supervision) {
    await supervision.run();
  } else {
    await condition(() => !isOpen(state) || mustContinue());
  }
  // Let in-flight commands finish (and be projected) before closing or handing over to a new run.
  await condition(allHandlersFinished);
  if (isOpen(state)) {
    // The record is in the read model (every event is projected before this point); the next run needs only
    // the events a recent idempotency key answers with, so the carried input stays bounded however long the
    // matter runs. The events query of the new run then lists those and the ones it appends.
    const carriedEvents = patched(CARRY_RECENT_EVENTS_PATCH) ? eventsOfRecent(events, recent) : events;
    await continueAsNew<typeof AgreedMatterWorkflow>({
      carried: { state, events: carriedEvents, recentCommands: recent },
      historyLengthCap: input.historyLengthCap,
    });
  }
  return state;
}
