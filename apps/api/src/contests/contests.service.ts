import { randomUUID } from 'node:crypto';

import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import type { ChargeContestView, Page, UserRole } from '@app/contracts';
import { ErrorCode, OFFICE_ROLES, UNIT_ROLES } from '@app/contracts';
import {
  AuditRepository,
  ChargeContestEntity,
  ChargeContestRepository,
  contestOpenKey,
  MatterReadRepository,
  NotificationOutboxRepository,
  NotificationRepository,
  timeProfileFromEnv,
  UserRepository,
} from '@app/database';
import type { ChargeRef, Contest } from '@app/domain';
import { decideContest, fileContest, MatterRejection } from '@app/domain';
import type { Target } from '@app/notifications';
import { inboxRows, OutboundQueue, peopleFor, resolve } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { RequestUser } from '../auth/request-user';
import { ApiException } from '../common/api.exception';
import { idFromKey } from '../common/idempotency-key.decorator';
import { offsetOf, pageOf } from '../common/paging';
import { toContestView } from './contest-timeline';
import type { DecideContestDto, FileContestDto, ListContestsQuery } from './dto/contest.dto';

const LEVEL_ZH: Record<string, string> = { reminder: '提醒', urging: '催办', supervision: '督办', report: '通报' };

// The role a person acts in: the first of `allowed` they hold (a unit's leader before its liaison officer).
// The role the person acts in on this request (the capacity the guard resolved), else the first allowed they hold.
const capacityOf = (user: RequestUser, allowed: readonly UserRole[]): string =>
  allowed.find((r) => user.actingRoles.includes(r)) ?? allowed.find((r) => user.roles.includes(r)) ?? 'unknown';

// A domain refusal as the API's: bad text is a 400 like the DTO's own checks.
function refused(err: unknown): never {
  if (err instanceof MatterRejection) {
    throw new ApiException(err.code === ErrorCode.InvalidCommand ? ErrorCode.ValidationFailed : err.code, err.message);
  }
  throw err;
}

const chargeOf = (c: ChargeContestEntity): ChargeRef =>
  c.chargeKind === 'escalation'
    ? { kind: 'escalation', matterId: c.matterId, seq: c.escalationSeq ?? 0, unitCode: c.unitCode }
    : { kind: 'overdue', matterId: c.matterId, unitCode: c.unitCode };

const toDomain = (c: ChargeContestEntity): Contest => ({
  charge: chargeOf(c),
  byUnitCode: c.unitCode,
  byUserId: c.filedBy,
  at: c.filedAt.toISOString(),
  reason: c.reason,
  attachments: c.attachments,
  status: c.status as Contest['status'],
  ...(c.decidedBy && c.decidedAt
    ? { decision: { byUserId: c.decidedBy, at: c.decidedAt.toISOString(), reason: c.decisionReason ?? '' } }
    : {}),
});

// 申诉: a member unit contests a charge against it (an escalation, or the matter's overdue charge); the office
// accepts (the charge leaves the figures: see libs/database/src/repositories/charge-contest.sql.ts) or rejects
// with a reason. Outside the matter workflow, so a closed matter is contested too. Every step is audited, and
// told: the office when a unit files, the unit when the office decides (inbox, and e-mail through the outbox).
@Injectable()
export class ContestsService {
  private readonly profile: TimeProfile;
  private readonly outbound: OutboundQueue;

  constructor(
    private readonly contests: ChargeContestRepository,
    private readonly matters: MatterReadRepository,
    private readonly audit: AuditRepository,
    private readonly users: UserRepository,
    private readonly notifications: NotificationRepository,
    outbox: NotificationOutboxRepository,
    config: ConfigService,
  ) {
    const env = envOf(config);
    this.profile = timeProfileFromEnv(env);
    // The worker's sweeper sends what is queued here; without a channel the inbox is the only one.
    this.outbound = new OutboundQueue(notifications, outbox, undefined, Boolean(env.SMTP_URL));
  }

  async file(matterId: string, dto: FileContestDto, user: RequestUser, key?: string): Promise<ChargeContestView> {
    const unitCode = user.actor.role === 'unit' ? user.actor.unitCode : undefined;
    if (!unitCode) {
      throw new ApiException(ErrorCode.Forbidden, 'Only a member unit contests a charge, for itself.');
    }
    const id = key ? idFromKey('contest', key) : randomUUID();
    const replay = key ? await this.contests.findById(id) : null;
    if (replay) {
      return this.view(replay);
    }
    const matter = await this.matters.findById(matterId);
    // A unit sees only matters it was assigned (a re-routed unit still answers for the charges it drew).
    if (!matter || !matter.state.assignments.some((a) => a.unitCode === unitCode)) {
      throw new ApiException(ErrorCode.MatterNotFound, `No matter ${matterId}.`);
    }
    const charge = await this.chargeOf(matterId, dto, unitCode);
    const existing = (await this.contests.listOfUnitOnMatter(matterId, unitCode)).map(toDomain);
    const now = new Date();
    let contest: Contest;
    try {
      contest = fileContest(
        charge,
        { unitCode, userId: user.actor.userId },
        { reason: dto.reason, attachments: dto.attachments },
        existing,
        now.toISOString(),
      );
    } catch (err) {
      refused(err);
    }
    const seq = charge.kind === 'escalation' ? charge.seq : null;
    const row = Object.assign(new ChargeContestEntity(), {
      id,
      matterId,
      chargeKind: charge.kind,
      escalationSeq: seq,
      unitCode,
      openKey: contestOpenKey(charge.kind, matterId, seq, unitCode),
      filedBy: user.actor.userId,
      filedCapacity: capacityOf(user, UNIT_ROLES),
      filedAt: now,
      reason: contest.reason,
      attachments: contest.attachments,
      status: 'pending',
      decidedBy: null,
      decidedCapacity: null,
      decidedAt: null,
      decisionReason: null,
    });
    if (!(await this.contests.insertOpen(row))) {
      throw new ApiException(ErrorCode.InvalidTransition, 'A contest of this charge is already waiting or accepted.');
    }
    const view = await this.view(row);
    await this.audit.record({
      action: 'contest.filed',
      outcome: 'success',
      actorUserId: user.username,
      target: `contest:${id}`,
      detail: {
        matterId,
        charge: view.charge,
        unitCode,
        capacity: row.filedCapacity,
        reason: row.reason,
        attachments: row.attachments,
      },
    });
    const what = this.chargeText(view);
    await this.notify(
      `contest:${id}:filed`,
      matterId,
      {
        text: this.text(`【申诉】${view.matterCode ?? ''} ${what}`, `${unitCode} 对${what}提出申诉：${row.reason}`),
        units: [],
        unitRoles: [],
        roles: OFFICE_ROLES,
      },
      now,
    );
    return view;
  }

  async decide(id: string, dto: DecideContestDto, user: RequestUser, key?: string): Promise<ChargeContestView> {
    const row = await this.contests.findById(id);
    if (!row) {
      throw new ApiException(ErrorCode.NotFound, `No contest ${id}.`);
    }
    const status = dto.accept ? 'accepted' : 'rejected';
    // A retry of the same decision with its Idempotency-Key answers as the first did.
    if (key && row.status === status && row.decidedBy === user.actor.userId) {
      return this.view(row);
    }
    const now = new Date();
    let decided: Contest;
    try {
      decided = decideContest(
        toDomain(row),
        { accept: dto.accept, reason: dto.reason, byUserId: user.actor.userId },
        now.toISOString(),
      );
    } catch (err) {
      refused(err);
    }
    const decision = {
      status,
      decidedBy: user.actor.userId,
      decidedCapacity: capacityOf(user, OFFICE_ROLES),
      decidedAt: now,
      decisionReason: decided.decision?.reason ?? '',
    } as const;
    if (!(await this.contests.decide(id, decision))) {
      throw new ApiException(ErrorCode.InvalidTransition, 'The contest was decided meanwhile.');
    }
    const view = await this.view({ ...row, ...decision, openKey: status === 'rejected' ? null : row.openKey });
    await this.audit.record({
      action: `contest.${status}`,
      outcome: 'success',
      actorUserId: user.username,
      target: `contest:${id}`,
      detail: {
        matterId: row.matterId,
        charge: view.charge,
        unitCode: row.unitCode,
        capacity: decision.decidedCapacity,
        reason: decision.decisionReason,
      },
    });
    const what = this.chargeText(view);
    const outcome = dto.accept ? '已予采纳，该项记录不再计入考核数据' : `未予采纳：${decision.decisionReason}`;
    await this.notify(
      `contest:${id}:decided`,
      row.matterId,
      {
        text: this.text(`【申诉结果】${view.matterCode ?? ''} ${what}`, `贵单位对${what}的申诉${outcome}。`),
        units: [row.unitCode],
        unitRoles: UNIT_ROLES,
        roles: [],
      },
      now,
    );
    return view;
  }

  async list(q: ListContestsQuery, user: RequestUser): Promise<Page<ChargeContestView>> {
    // A unit sees only its own contests, whatever it asks for.
    const unitCode = user.actor.role === 'unit' ? (user.actor.unitCode ?? '-') : q.unit;
    const { rows, total } = await this.contests.list({
      status: q.status,
      unitCode,
      matterId: q.matterId,
      offset: offsetOf(q),
      limit: q.pageSize,
    });
    return pageOf(rows.map(toContestView), total, q);
  }

  // A matter's contests, oldest first: a unit sees its own, on a matter it was assigned.
  async onMatter(matterId: string, user: RequestUser): Promise<ChargeContestView[]> {
    const unitCode = user.actor.role === 'unit' ? (user.actor.unitCode ?? '-') : undefined;
    const matter = await this.matters.findById(matterId);
    if (!matter || (unitCode !== undefined && !matter.state.assignments.some((a) => a.unitCode === unitCode))) {
      throw new ApiException(ErrorCode.MatterNotFound, `No matter ${matterId}.`);
    }
    const rows = await this.contests.withCharges(await this.contests.listOnMatter(matterId, unitCode));
    return rows.map(toContestView);
  }

  private async chargeOf(matterId: string, dto: FileContestDto, unitCode: string): Promise<ChargeRef> {
    if (dto.charge.kind === 'escalation') {
      if (dto.charge.seq === undefined) {
        throw new ApiException(ErrorCode.ValidationFailed, "charge.seq must name the escalation's seq on the matter.");
      }
      const e = await this.contests.findEscalation(matterId, dto.charge.seq);
      if (!e) {
        throw new ApiException(ErrorCode.ChargeNotFound, `The matter has no escalation with seq ${dto.charge.seq}.`);
      }
      if (e.unitCode !== unitCode) {
        throw new ApiException(ErrorCode.Forbidden, 'This escalation is not against your unit.');
      }
      return { kind: 'escalation', matterId, seq: e.seq, unitCode };
    }
    if (dto.charge.seq !== undefined) {
      throw new ApiException(ErrorCode.ValidationFailed, 'charge.seq is for escalation charges only; leave it out.');
    }
    if (!(await this.contests.overdueCharge(matterId, unitCode, dateOfInstant(this.profile, Date.now())))) {
      throw new ApiException(ErrorCode.ChargeNotFound, 'The matter does not charge your unit with being overdue.');
    }
    return { kind: 'overdue', matterId, unitCode };
  }

  private async view(row: ChargeContestEntity): Promise<ChargeContestView> {
    const [r] = await this.contests.withCharges([row]);
    return toContestView(r!);
  }

  private chargeText(v: ChargeContestView): string {
    return v.charge.kind === 'escalation' ? `${LEVEL_ZH[v.charge.level ?? ''] ?? '督促'}记录` : '超期记录';
  }

  private text(title: string, body: string): Target['text'] {
    return { kind: 'contest', title: title.slice(0, 200), body };
  }

  private async notify(sourceKey: string, matterId: string, target: Target, now: Date): Promise<void> {
    const recipients = resolve(target, await peopleFor(this.users, [target]));
    const rows = inboxRows(sourceKey, matterId, recipients, target.text, now);
    await this.notifications.insertMany(rows);
    await this.outbound.enqueue(rows, now);
  }
}
