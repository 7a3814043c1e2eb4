import type {
  CampaignActivities,
  CampaignCommandResult,
  CampaignTimer,
  CampaignUnitState,
  ReviewSummaryCommand,
  SubmitSummaryCommand,
  SummaryCampaignInput,
  SummaryCampaignState,
} from '@app/contracts';
import {
  acceptSummaryUpdate,
  campaignPlanQuery,
  campaignStartedUpdate,
  campaignStateQuery,
  DEFAULT_CAMPAIGN_POLICY,
  ErrorCode,
  recomputeDeadlinesSignal,
  REJECTION_TYPE_PREFIX,
  returnSummaryUpdate,
  submitSummaryUpdate,
  summaryCampaignWorkflowId,
} from '@app/contracts';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';

const { planCampaign, projectCampaign, sendCampaignNotice } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

const RECENT_IDS_KEPT = 500;
const HISTORY_CAP = 5000;
const OFFICE_ROLES = new Set(['office']);

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const reject = (code: ErrorCode, message: string): ApplicationFailure =>
  ApplicationFailure.nonRetryable(message, `${REJECTION_TYPE_PREFIX}${code}`);

function newUnit(unitCode: string): CampaignUnitState {
  return {
    unitCode,
    status: 'awaiting',
    text: null,
    attachments: [],
    submittedAt: null,
    submittedBy: null,
    returnedAt: null,
    returnReason: null,
    acceptedAt: null,
    revisions: 0,
    escalationLevel: null,
    reminders: [],
  };
}

function initial(input: SummaryCampaignInput, now: string): SummaryCampaignState {
  const units = [...new Set(input.unitCodes ?? [])];
  if (!input.year || !input.dueDate || !input.startedBy || units.length === 0) {
    throw reject(ErrorCode.InvalidCommand, 'A summary campaign needs a year, a due date, a starter and units.');
  }
  return {
    campaignId: summaryCampaignWorkflowId(input.year),
    year: input.year,
    dueDate: input.dueDate,
    policy: input.policy ?? DEFAULT_CAMPAIGN_POLICY,
    status: 'open',
    startedAt: input.startedAt ?? now,
    startedBy: input.startedBy,
    completedAt: null,
    units: units.map(newUnit),
    firedKeys: [],
    seq: 1,
  };
}

// 年度工作总结: one run per year asks every member unit for its written summary by the due date, reminds and
// escalates those still missing on the working-day ladder (instants from the calendar activity; the workflow
// only sleeps), and records submission, return for revision and acceptance as Updates.
export async function SummaryCampaignWorkflow(input: SummaryCampaignInput): Promise<SummaryCampaignState> {
  const now = (): string => new Date().toISOString();
  const state: SummaryCampaignState = input.carried ? clone(input.carried.state) : initial(input, now());
  let recent: string[] = input.carried ? [...input.carried.recentIds] : [];
  let projected = input.carried ? state.seq : 0;

  const unitOf = (code: string | undefined): CampaignUnitState | undefined =>
    state.units.find((u) => u.unitCode === code);
  const isReplay = (): boolean => recent.includes(currentUpdateInfo()?.id ?? '');
  const project = async (): Promise<void> => {
    const snapshot = clone(state);
    await projectCampaign(snapshot);
    projected = Math.max(projected, snapshot.seq);
  };
  const commit = async (): Promise<CampaignCommandResult> => {
    state.seq++;
    const id = currentUpdateInfo()?.id;
    if (id) {
      recent = [...recent, id].slice(-RECENT_IDS_KEPT);
    }
    if (state.units.every((u) => u.status === 'accepted')) {
      state.status = 'completed';
      state.completedAt = now();
    }
    await project();
    return { campaign: clone(state), replayed: false };
  };
  const replayed = (): CampaignCommandResult => ({ campaign: clone(state), replayed: true });

  const checkOpen = (): void => {
    if (state.status !== 'open') {
      throw reject(ErrorCode.InvalidTransition, 'The campaign is completed.');
    }
  };
  const checkSubmit = (cmd: SubmitSummaryCommand): CampaignUnitState => {
    checkOpen();
    const unit = cmd.actor.role === 'unit' ? unitOf(cmd.actor.unitCode) : undefined;
    if (!unit) {
      throw reject(ErrorCode.NotAssigned, 'Only a member unit asked by this campaign submits a summary.');
    }
    if (unit.status === 'accepted' || unit.status === 'submitted') {
      throw reject(ErrorCode.InvalidTransition, `The summary is already ${unit.status}.`);
    }
    if (!cmd.text?.trim()) {
      throw reject(ErrorCode.InvalidCommand, 'The summary text is empty.');
    }
    return unit;
  };
  const checkReview = (cmd: ReviewSummaryCommand, returning: boolean): CampaignUnitState => {
    checkOpen();
    if (!OFFICE_ROLES.has(cmd.actor.role)) {
      throw reject(ErrorCode.Forbidden, 'Only the office reviews summaries.');
    }
    const unit = unitOf(cmd.unitCode);
    if (!unit) {
      throw reject(ErrorCode.NotFound, `Unit ${cmd.unitCode} is not part of this campaign.`);
    }
    if (unit.status !== 'submitted') {
      throw reject(ErrorCode.InvalidTransition, `The summary is ${unit.status}, not awaiting review.`);
    }
    if (returning && !cmd.reason?.trim()) {
      throw reject(ErrorCode.InvalidCommand, 'A return needs a reason.');
    }
    return unit;
  };

  setHandler(
    submitSummaryUpdate,
    async (cmd) => {
      if (isReplay()) {
        return replayed();
      }
      const unit = checkSubmit(cmd);
      Object.assign(unit, {
        status: 'submitted',
        text: cmd.text,
        attachments: cmd.attachments ?? [],
        submittedAt: now(),
        submittedBy: cmd.actor.userId,
        revisions: unit.revisions + (unit.status === 'returned' ? 1 : 0),
      });
      return commit();
    },
    { validator: (cmd: SubmitSummaryCommand) => void (isReplay() || checkSubmit(cmd)) },
  );
  setHandler(
    returnSummaryUpdate,
    async (cmd) => {
      if (isReplay()) {
        return replayed();
      }
      const unit = checkReview(cmd, true);
      Object.assign(unit, { status: 'returned', returnedAt: now(), returnReason: cmd.reason!.trim() });
      return commit();
    },
    { validator: (cmd: ReviewSummaryCommand) => void (isReplay() || checkReview(cmd, true)) },
  );
  setHandler(
    acceptSummaryUpdate,
    async (cmd) => {
      if (isReplay()) {
        return replayed();
      }
      const unit = checkReview(cmd, false);
      Object.assign(unit, { status: 'accepted', acceptedAt: now() });
      return commit();
    },
    { validator: (cmd: ReviewSummaryCommand) => void (isReplay() || checkReview(cmd, false)) },
  );
  // Returns once the start is in the read model, so the starting request reads its own write.
  setHandler(campaignStartedUpdate, async () => {
    await condition(() => projected >= 1);
    return { campaign: clone(state), replayed: false };
  });
  setHandler(campaignStateQuery, () => state);

  if (projected === 0) {
    await project();
  }

  const mustContinue = (): boolean =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > HISTORY_CAP;
  const done = (): boolean => state.status !== 'open' || mustContinue();
  // A level fires once per unit: after a calendar change moves its day, the key's date differs.
  const fired = (t: CampaignTimer): boolean => state.firedKeys.some((k) => k.startsWith(`${t.unitCode}:${t.level}:`));
  const pending = (t: CampaignTimer): boolean => {
    const unit = unitOf(t.unitCode);
    return !fired(t) && (unit?.status === 'awaiting' || unit?.status === 'returned');
  };
  const plan = (): Promise<CampaignTimer[]> =>
    planCampaign({ dueDate: state.dueDate, policy: state.policy, unitCodes: state.units.map((u) => u.unitCode) });

  // A calendar change (a local day off, a year's schedule entered) moves the working-day instants: the office's
  // calendar service signals every open campaign, which plans again. Runs recorded before this never replan.
  const followsCalendar = patched('campaign-follows-calendar');
  let replan = false;
  setHandler(recomputeDeadlinesSignal, () => {
    replan = followsCalendar;
  });
  let timers = await plan();
  setHandler(campaignPlanQuery, () =>
    timers.filter(pending).map((t) => ({ unitCode: t.unitCode, level: t.level, at: new Date(t.atMs).toISOString() })),
  );
  while (!done()) {
    if (replan) {
      replan = false;
      timers = await plan();
      continue;
    }
    const next = timers.find(pending);
    if (!next) {
      await condition(() => done() || replan);
      continue;
    }
    // Wakes for a change too: a unit that submits meanwhile drops out of `pending`.
    const changed = state.seq;
    if (await condition(() => done() || replan || state.seq !== changed, Math.max(next.atMs - Date.now(), 1))) {
      continue;
    }
    await fire(next);
  }

  async function fire(timer: CampaignTimer): Promise<void> {
    state.firedKeys.push(timer.key);
    await sendCampaignNotice({
      key: `${state.campaignId}:${timer.key}`,
      year: state.year,
      dueDate: state.dueDate,
      unitCode: timer.unitCode,
      level: timer.level,
    });
    const unit = unitOf(timer.unitCode)!;
    unit.reminders.push({ key: timer.key, level: timer.level, at: now() });
    if (timer.level !== 'pre') {
      unit.escalationLevel = timer.level;
    }
    state.seq++;
    await project();
  }

  await condition(allHandlersFinished);
  if (state.status === 'open') {
    await continueAsNew<typeof SummaryCampaignWorkflow>({ carried: { state, recentIds: recent } });
  }
  return state;
}
