import type { EscalationNotice, MatterEvent, MatterState, PlannedTimer, SupervisionPlan } from '@app/contracts';
import { SYSTEM_ACTOR, UNPLANNABLE_MATTER_FAILURE } from '@app/contracts';
import type { EventDraft } from '@app/domain';
import type { MatterActivities } from '@app/workflow-api';
import { ActivityFailure, ApplicationFailure, condition, log, patched } from '@temporalio/workflow';

const PLAN_FAILURE_PATCH = 'plan-failure-nonretryable-v1';

// An activity's failure arrives wrapped (ActivityFailure, its cause the ApplicationFailure); a local activity's, as
// this SDK delivers it, is the ApplicationFailure itself.
const isUnplannable = (err: unknown): boolean => {
  const failure = err instanceof ActivityFailure ? err.cause : err;
  return failure instanceof ApplicationFailure && failure.type === UNPLANNABLE_MATTER_FAILURE;
};

export interface SupervisionContext {
  state: () => MatterState;
  isDone: () => boolean;
  append: (drafts: EventDraft[], actor: MatterEvent['actor']) => MatterEvent[];
  project: (events: MatterEvent[]) => Promise<unknown>;
  activities: Pick<MatterActivities, 'planSupervision' | 'sendEscalationNotice'>;
}

// What the office reads on a matter: changes of these are recorded as an event; timer lists are not.
const summaryOf = (p: SupervisionPlan | undefined): string =>
  JSON.stringify(
    p && {
      effectiveDueDate: p.effectiveDueDate,
      predictedBreachAt: p.predictedBreachAt,
      light: p.light,
      escalationLevel: p.escalationLevel,
      provisional: p.provisional,
      dueByUnit: p.dueByUnit,
    },
  );

// The supervision loop: the workflow only sleeps until the next planned instant; the calendar activity
// thinks. `dirty` is raised by commands and by calendar changes, and makes it ask for a new plan.
export class SupervisionLoop {
  dirty = true;
  // Requests for a new plan (the first plan is request 1), and the last request a recorded plan answers: a
  // command waits on these to return the plan that takes it into account. Counting adds no command to history.
  private asked = 1;
  private answered = 0;
  private timers: PlannedTimer[] = [];
  // Raised when a command adopted a plan of its own (plan-before-project): the loop's sleep is re-timed, and a
  // plan the loop asked for before that is stale. Neither changes anything for runs that never plan first.
  private retimed = false;
  private planned = 0;
  private planning = 0;

  constructor(private readonly ctx: SupervisionContext) {}

  // Asks for a new plan; returns the request's number, for `answers`.
  requestPlan(): number {
    this.dirty = true;
    return ++this.asked;
  }

  // Whether a plan made after request `n` has been recorded (and projected).
  answers(n: number): boolean {
    return this.answered >= n;
  }

  async run(): Promise<void> {
    while (!this.ctx.isDone()) {
      if (this.dirty) {
        this.dirty = false;
        const request = this.asked;
        await this.replan();
        // Not answered if a command landed meanwhile: the loop asks again, and that plan answers both.
        if (!this.dirty) {
          this.answered = request;
        }
        continue;
      }
      this.retimed = false;
      const next = this.timers[0];
      const wake = (): boolean => this.dirty || this.retimed || this.ctx.isDone();
      if (!next) {
        await condition(wake);
        continue;
      }
      if (!(await condition(wake, Math.max(next.atMs - Date.now(), 1)))) {
        await this.fireDue();
        this.dirty = true;
      }
    }
  }

  // Plans now, for a command that has just changed the state, and adopts the plan: returns the events it
  // appended (a changed light, the new deadlines), for the command's one projection to carry. A plan the loop
  // has in flight is then stale and dropped; a signal that arrives meanwhile still makes the loop plan again.
  async planNow(): Promise<MatterEvent[]> {
    this.dirty = false;
    const mine = ++this.planned;
    const state = this.ctx.state();
    let plan: SupervisionPlan;
    try {
      plan = await this.ctx.activities.planSupervision({
        matter: JSON.parse(JSON.stringify(state)) as MatterState,
        nowMs: Date.now(),
      });
    } catch (err) {
      if (this.unplannable(err, state)) {
        return [];
      }
      throw err;
    }
    if (mine !== this.planned) {
      return [];
    }
    this.retimed = true;
    return this.adopt(plan);
  }

  // Between a command's change and its own plan, no timer of the plan before it fires (as a command that raises
  // `dirty` holds them on the older path). Every `commandApplied` is followed by one `commandPlanned`.
  commandApplied(): void {
    this.planning++;
  }

  commandPlanned(): void {
    this.planning--;
  }

  // A matter the calendar cannot plan (a non-retryable failure) keeps answering its commands, without timers, until
  // a change of the matter or of the calendar makes a plan possible; before the patch the failure ended the run.
  // Called inline in a catch, so that the awaits of a plan stay exactly as they were (no extra async step).
  private unplannable(err: unknown, state: MatterState): boolean {
    if (isUnplannable(err) && patched(PLAN_FAILURE_PATCH)) {
      log.warn('supervision plan impossible; the matter runs without timers', { matterId: state.matterId });
      this.timers = [];
      return true;
    }
    return false;
  }

  private async replan(): Promise<void> {
    const state = this.ctx.state();
    const planned = this.planned;
    let plan: SupervisionPlan;
    try {
      plan = await this.ctx.activities.planSupervision({
        matter: JSON.parse(JSON.stringify(state)) as MatterState,
        nowMs: Date.now(),
      });
    } catch (err) {
      if (this.unplannable(err, state)) {
        return;
      }
      throw err;
    }
    // A command landed while the calendar was asked: this plan is stale; the loop (or the command) asks again.
    if (this.dirty || planned !== this.planned) {
      return;
    }
    const appended = this.adopt(plan);
    if (appended.length > 0) {
      await this.ctx.project(appended);
    }
  }

  // Takes the plan's timers; records what the office reads of it if that changed (not once the loop is done).
  private adopt(plan: SupervisionPlan): MatterEvent[] {
    const state = this.ctx.state();
    this.timers = plan.timers;
    const sv = state.supervision!;
    if (this.ctx.isDone() || summaryOf(plan) === summaryOf(sv.plan)) {
      return [];
    }
    sv.plan = { ...plan, timers: plan.timers.slice(0, 10) };
    const drafts: EventDraft[] = [];
    // An extension or a clock credit can turn a light back: that change is on the timeline too.
    if (state.light !== 'none' && state.light !== plan.light) {
      drafts.push({
        type: 'supervision.light_changed',
        unitCode: state.leadUnitCode,
        data: { from: state.light, to: plan.light, key: 'replan' },
      });
      state.light = plan.light;
    }
    return this.ctx.append(
      [
        ...drafts,
        {
          type: 'supervision.deadlines_set',
          unitCode: state.leadUnitCode,
          data: {
            effectiveDueDate: plan.effectiveDueDate,
            predictedBreachAt: plan.predictedBreachAt,
            light: plan.light,
            escalationLevel: plan.escalationLevel,
            provisional: plan.provisional,
            dueByUnit: plan.dueByUnit,
          },
        },
      ],
      SYSTEM_ACTOR,
    );
  }

  // Fires the first due timer, once (fired keys are carried across continue-as-new). The loop then asks for a
  // fresh plan before firing the next, so a command or a calendar change in between is taken into account.
  private async fireDue(): Promise<void> {
    const state = this.ctx.state();
    const sv = state.supervision!;
    const timer = this.timers.shift();
    const due = timer && timer.atMs <= Date.now() && !this.ctx.isDone() && !this.dirty && this.planning === 0;
    if (timer && due && !sv.firedKeys.includes(timer.key)) {
      sv.firedKeys.push(timer.key);
      const drafts: EventDraft[] = [];
      if (timer.effect.type === 'light') {
        const from = state.light;
        state.light = timer.effect.light;
        drafts.push({
          type: 'supervision.light_changed',
          unitCode: state.leadUnitCode,
          data: { from, to: timer.effect.light, key: timer.key },
        });
      } else {
        const e = timer.effect;
        const notice: EscalationNotice = {
          matterId: state.matterId,
          matterCode: state.code,
          title: state.title,
          level: e.level,
          reason: e.reason,
          unitCode: e.unitCode,
          office: Boolean(e.office),
          byUserId: SYSTEM_ACTOR.userId,
          key: `${state.matterId}:${timer.key}`,
        };
        const result = await this.ctx.activities.sendEscalationNotice(notice);
        drafts.push({
          type: 'supervision.escalated',
          unitCode: e.unitCode,
          data: {
            level: e.level,
            reason: e.reason,
            origin: 'auto',
            office: Boolean(e.office),
            breachKey: e.breachKey,
            key: timer.key,
            notified: result.recipients,
            noticeNo: result.noticeNo,
          },
        });
      }
      await this.ctx.project(this.ctx.append(drafts, SYSTEM_ACTOR));
    }
  }
}
