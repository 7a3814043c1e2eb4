import type {
  CampaignCommandResult,
  SummaryDraftDecision,
  ReviewSummaryCommand,
  SubmitSummaryCommand,
  SummaryCampaignState,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import {
  acceptSummary,
  approveSummaryDraft,
  CampaignRejection,
  checkDraftDecision,
  checkDraftSummary,
  draftSummary,
  returnSummaryDraft,
  checkReviewSummary,
  checkSubmitSummary,
  completeIfAllAccepted,
  initialCampaignState,
  recordStepFired,
  returnSummary,
  stepPending,
  submitSummary,
} from '@app/domain';
import type { CampaignActivities, CampaignTimer, SummaryCampaignInput } from '@app/workflow-api';
import {
  acceptSummaryUpdate,
  approveSummaryDraftUpdate,
  draftSummaryUpdate,
  returnSummaryDraftUpdate,
  campaignPlanQuery,
  campaignStartedUpdate,
  campaignStateQuery,
  recomputeDeadlinesSignal,
  returnSummaryUpdate,
  submitSummaryUpdate,
  summaryCampaignWorkflowId,
} from '@app/workflow-api';
import type { UpdateDefinition } from '@temporalio/common';
import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';

import { clone, finishOrContinue, historyTooLong, ProjectedSeq, RecentUpdates, rejecting } from '../shared';

// Work inside a unit: the liaison's draft of the summary and the leader's approval or return of it are Updates of
// their own, answered from this patch on (libs/domain summary-drafts.ts).
const SUMMARY_DRAFT_PATCH = 'summary-draft-approval-v1';

const { planCampaign, projectCampaign, sendCampaignNotice } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

// 年度工作总结: one run per year asks every member unit for its written summary by the due date, reminds and
// escalates those still missing on the working-day ladder (instants from the calendar activity; the workflow
// only sleeps), and records submission, return for revision and acceptance as Updates. The rules are
// libs/domain's (summary-campaign.rules.ts).
export async function SummaryCampaignWorkflow(input: SummaryCampaignInput): Promise<SummaryCampaignState> {
  const now = (): string => new Date().toISOString();
  const state: SummaryCampaignState = input.carried
    ? clone(input.carried.state)
    : rejecting(() =>
        initialCampaignState({ ...input, campaignId: input.year ? summaryCampaignWorkflowId(input.year) : '' }, now()),
      );
  const recent = new RecentUpdates<string>(input.carried?.recentIds ?? [], (id) => id);
  const projection = new ProjectedSeq(input.carried ? state.seq : 0);

  const project = (): Promise<SummaryCampaignState> => projection.project(state, projectCampaign);
  const commit = async (): Promise<CampaignCommandResult> => {
    state.seq++;
    recent.remember((id) => id);
    completeIfAllAccepted(state, now());
    await project();
    return { campaign: clone(state), replayed: false };
  };
  const replayed = (): CampaignCommandResult => ({ campaign: clone(state), replayed: true });

  setHandler(
    submitSummaryUpdate,
    async (cmd) => {
      if (recent.isReplay()) {
        return replayed();
      }
      rejecting(() => submitSummary(state, cmd, now()));
      return commit();
    },
    {
      validator: (cmd: SubmitSummaryCommand) =>
        void (recent.isReplay() || rejecting(() => checkSubmitSummary(state, cmd))),
    },
  );
  setHandler(
    returnSummaryUpdate,
    async (cmd) => {
      if (recent.isReplay()) {
        return replayed();
      }
      rejecting(() => returnSummary(state, cmd, now()));
      return commit();
    },
    {
      validator: (cmd: ReviewSummaryCommand) =>
        void (recent.isReplay() || rejecting(() => checkReviewSummary(state, cmd, true))),
    },
  );
  setHandler(
    acceptSummaryUpdate,
    async (cmd) => {
      if (recent.isReplay()) {
        return replayed();
      }
      rejecting(() => acceptSummary(state, cmd, now()));
      return commit();
    },
    {
      validator: (cmd: ReviewSummaryCommand) =>
        void (recent.isReplay() || rejecting(() => checkReviewSummary(state, cmd, false))),
    },
  );
  function handleDraft<A>(
    update: UpdateDefinition<CampaignCommandResult, [A]>,
    rule: (s: SummaryCampaignState, cmd: A, at: string) => void,
    check: (s: SummaryCampaignState, cmd: A) => void,
  ): void {
    setHandler(
      update,
      async (cmd) => {
        if (recent.isReplay()) {
          return replayed();
        }
        rejecting(() => {
          if (!patched(SUMMARY_DRAFT_PATCH)) {
            throw new CampaignRejection(ErrorCode.InvalidCommand, 'This run of the campaign takes no drafts.');
          }
          rule(state, cmd, now());
        });
        return commit();
      },
      { validator: (cmd: A) => void (recent.isReplay() || rejecting(() => check(state, cmd))) },
    );
  }
  handleDraft(draftSummaryUpdate, draftSummary, checkDraftSummary);
  handleDraft<SummaryDraftDecision>(approveSummaryDraftUpdate, approveSummaryDraft, (s, c) =>
    checkDraftDecision(s, c, false),
  );
  handleDraft<SummaryDraftDecision>(returnSummaryDraftUpdate, returnSummaryDraft, (s, c) =>
    checkDraftDecision(s, c, true),
  );
  // Returns once the start is in the read model, so the starting request reads its own write.
  setHandler(campaignStartedUpdate, async () => {
    await condition(() => projection.reached(1));
    return { campaign: clone(state), replayed: false };
  });
  setHandler(campaignStateQuery, () => state);

  if (projection.seq === 0) {
    await project();
  }

  const done = (): boolean => state.status !== 'open' || historyTooLong();
  const pending = (t: CampaignTimer): boolean => stepPending(state, t);
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
    recordStepFired(state, timer, now());
    state.seq++;
    await project();
  }

  await finishOrContinue<typeof SummaryCampaignWorkflow>(
    () => state.status === 'open',
    () => [{ carried: { state, recentIds: recent.carried() } }],
  );
  return state;
}
