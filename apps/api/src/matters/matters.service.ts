import { randomUUID } from 'node:crypto';

import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import type {
  Actor,
  CommandResponseBody,
  CommandResult,
  MatterCommandBodies,
  MatterCommandName,
  MatterDefinition,
  MatterDetail,
  MatterSummary,
  Page,
  UserRole,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { MatterAssignmentBrief, MatterEntity, MatterEventEntity } from '@app/database';
import {
  CalendarLoader,
  ChargeContestRepository,
  MatterFollowRepository,
  MatterProjectionRepository,
  MatterReadRepository,
  MeetingRepository,
  NotificationRepository,
  timeProfileFromEnv,
  toMatterRow,
  UnitDirectoryLoader,
} from '@app/database';
import type { UnitDirectory } from '@app/domain';
import {
  defined,
  MatterRejection,
  resolvePolicy,
  unitsToConfirmIn,
  validateDefinition,
  verifyNeedsConfirmationMessage,
} from '@app/domain';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { ApiException, assertFound } from '../common/api.exception';
import { idFromKey } from '../common/idempotency-key.decorator';
import { mergeTimeline, toContestView } from '../contests/contest-timeline';
import { MatterWorkflowGateway } from '../temporal/matter-workflow.gateway';
import { assertAssignable } from '../units/unit-refusals';
import type { CreateMatterDto, MatterItemDto } from './dto/create-matter.dto';
import { MatterCodesService } from './matter-codes.service';
import type { ListMattersQuery } from './dto/list-matters.query';
import { unitStatesOf } from './unit-states';
import type { CountdownClock, Reader } from './matter.mapper';
import { toMatterDetail, toMatterSummary } from './matter.mapper';
import { updateArgOf, updateOf } from './matter-commands';
// A meeting's matters are dispatched this many at a time: enough to keep the worker's slots busy, few enough
// that one batch does not crowd out every other command (see docs/performance.md).
const BATCH_CONCURRENCY = 4;

@Injectable()
export class MattersService {
  private static readonly log = new Logger(MattersService.name);
  // "Today" of the overdue flag and filter: the one time profile's, as the workflows and the calendar use.
  private readonly profile: TimeProfile;

  constructor(
    private readonly gateway: MatterWorkflowGateway,
    private readonly reads: MatterReadRepository,
    private readonly meetings: MeetingRepository,
    private readonly projection: MatterProjectionRepository,
    private readonly calendars: CalendarLoader,
    private readonly notices: NotificationRepository,
    private readonly contests: ChargeContestRepository,
    private readonly follows: MatterFollowRepository,
    private readonly codeRegister: MatterCodesService,
    private readonly unitDirectory: UnitDirectoryLoader,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  // Countdowns count from the time profile's today (the one the workflows' deadlines use), on the calendar as the
  // office last adjusted it.
  private async clock(): Promise<CountdownClock & { units: UnitDirectory }> {
    return {
      units: await this.unitDirectory.load(),
      calendar: await this.calendars.load(),
      today: dateOfInstant(this.profile, Date.now()),
      dateOf: (instant) => dateOfInstant(this.profile, new Date(instant).getTime()),
    };
  }

  // The reader of a response: allowedActions are computed for them. Without their roles, nothing is offered.
  private readerOf(actor: Actor, roles?: readonly UserRole[]): Reader | null {
    return roles ? { actor, roles } : null;
  }

  private today(): string {
    return dateOfInstant(this.profile, Date.now());
  }

  // Who may call each method is declared once, in the policy table (apps/api/src/auth/policies.ts).
  async create(dto: CreateMatterDto, actor: Actor, key?: string, roles?: readonly UserRole[]): Promise<MatterDetail> {
    if (dto.meetingId) {
      assertFound(
        await this.meetings.findById(dto.meetingId),
        ErrorCode.MeetingNotFound,
        `No meeting ${dto.meetingId}.`,
      );
    }
    return this.dispatchOne(dto, dto.meetingId, actor, await this.unitDirectory.load(), key, roles);
  }

  // Creates every matter of a meeting's minutes. All items are checked before any is dispatched; a retry
  // with the same Idempotency-Key completes a batch that was interrupted, without duplicates.
  async createBatch(
    meetingId: string,
    items: MatterItemDto[],
    actor: Actor,
    key?: string,
    roles?: readonly UserRole[],
  ): Promise<MatterDetail[]> {
    assertFound(await this.meetings.findById(meetingId), ErrorCode.MeetingNotFound, `No meeting ${meetingId}.`);
    const units = await this.unitDirectory.load();
    const codes = items.map((i) => i.code);
    const dup = codes.findIndex((c, i) => codes.indexOf(c) !== i);
    if (dup >= 0) {
      const first = codes.indexOf(defined(codes[dup], 'a batch code')) + 1;
      throw new ApiException(
        ErrorCode.ValidationFailed,
        `第 ${dup + 1} 行的编号「${codes[dup]}」与第 ${first} 行重复，请改用不同的编号。`,
        { row: dup + 1, code: codes[dup], rows: [first, dup + 1] },
      );
    }
    items.forEach((item, i) => {
      try {
        this.definitionOf(item, meetingId, `batch-check-${i}`, units);
      } catch (err) {
        throw err instanceof ApiException
          ? new ApiException(err.code, `第 ${i + 1} 行（${item.code}）：${err.message}`, {
              row: i + 1,
              code: item.code,
            })
          : err;
      }
    });
    const batchKey = key ?? randomUUID();
    const keys = items.map((_, i) => `${batchKey}:${i}`);
    const ids = keys.map((k) => idFromKey('matter', k));
    await this.reserveCodes(codes, ids);
    // A few matters at a time (each is its own workflow); on a failure the lanes stop taking new items, and the
    // codes of the items not dispatched are released.
    const created: (MatterDetail | undefined)[] = new Array<MatterDetail | undefined>(items.length);
    let failure: { error: unknown } | undefined;
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < items.length && !failure) {
        const i = next++;
        try {
          created[i] = await this.dispatchOne(
            defined(items[i], 'a batch item'),
            meetingId,
            actor,
            units,
            keys[i],
            roles,
          );
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, items.length) }, lane));
    if (failure) {
      const left = items.map((_, i) => i).filter((i) => !created[i]);
      await this.releaseCodes(
        left.map((i) => defined(codes[i], 'a batch code')),
        left.map((i) => defined(ids[i], 'a batch id')),
      );
      throw failure.error;
    }
    return created as MatterDetail[];
  }

  // Every code of a batch is reserved before any matter is dispatched, so that a code already taken refuses the
  // whole batch instead of leaving its first matters dispatched. A retry with the same key holds its codes already.
  private async reserveCodes(codes: string[], ids: string[]): Promise<void> {
    for (const [i, code] of codes.entries()) {
      const id = defined(ids[i], `an id for matter code ${code}`);
      if ((await this.reads.reserveCode(code, id)) !== id) {
        await this.releaseCodes(codes.slice(0, i), ids.slice(0, i));
        throw await this.codeRegister.takenError(code, i + 1);
      }
    }
  }

  // Releases the reservations of matters that were not dispatched (a dispatched matter keeps its code).
  private async releaseCodes(codes: string[], ids: string[]): Promise<void> {
    for (const [i, code] of codes.entries()) {
      const id = defined(ids[i], `an id for matter code ${code}`);
      if (!(await this.reads.findById(id))) {
        await this.reads.releaseCode(code, id);
      }
    }
  }

  async list(query: ListMattersQuery, actor: Actor): Promise<Page<MatterSummary>> {
    const now = this.today();
    const clock = await this.clock();
    const { rows, total } = await this.reads.list({
      unitCode: query.unit,
      status: query.status,
      light: query.light,
      meetingId: query.meetingId,
      overdueBefore: query.overdue ? now : undefined,
      year: query.year,
      search: query.q,
      visibleToUnit: actor.role === 'unit' ? actor.unitCode : undefined,
      sort: query.sort,
      order: query.order === 'desc' ? 'DESC' : 'ASC',
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    // The page's assignments in one query (not one per row), for the board's unit column.
    const byMatter = new Map<string, MatterAssignmentBrief[]>();
    for (const a of await this.reads.listCurrentAssignmentsOf(rows.map((r) => r.id))) {
      byMatter.set(a.matterId, [...(byMatter.get(a.matterId) ?? []), a]);
    }
    const dateOfClock = defined(clock.dateOf, 'the clock of a list');
    const unitsOf = (id: string) => unitStatesOf(byMatter.get(id) ?? [], clock.calendar, clock.today, dateOfClock);
    return {
      items: rows.map((r) => toMatterSummary(r, now, clock, unitsOf(r.id))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, actor: Actor, roles?: readonly UserRole[]): Promise<MatterDetail> {
    const matter = await this.visibleMatter(id, actor);
    const detail = toMatterDetail(
      matter,
      await this.eventsOf(matter),
      this.today(),
      await this.clock(),
      this.readerOf(actor, roles),
      await this.reads.listAssignments(id),
    );
    return this.withContests({ ...detail, followed: await this.followedBy(detail.id, actor) }, actor);
  }

  // Only leadership follows matters (policy matters.follow); nobody else needs the lookup.
  private async followedBy(id: string, actor: Actor): Promise<boolean> {
    return actor.role === 'leadership' && (await this.follows.isFollowedBy(id, actor.userId));
  }

  // 申诉: the contests of its charges (a unit sees its own) stand in the timeline beside the charges they answer;
  // every entry carries its actor's display name.
  private async withContests(detail: MatterDetail, actor: Actor): Promise<MatterDetail> {
    const contests = await this.contests.withCharges(
      await this.contests.listOnMatter(detail.id, actor.role === 'unit' ? (actor.unitCode ?? '-') : undefined),
    );
    const events = mergeTimeline(detail.events, contests.map(toContestView));
    // People by their names, resolved for the whole timeline in one query; the login name stays in actorUserId.
    const names = await this.reads.displayNamesOf(events.map((e) => e.actorUserId));
    return { ...detail, events: events.map((e) => ({ ...e, actorName: names.get(e.actorUserId) ?? null })) };
  }

  async command<K extends MatterCommandName>(
    id: string,
    name: K,
    payload: MatterCommandBodies[K] | undefined,
    actor: Actor,
    key?: string,
    roles?: readonly UserRole[],
    inbox?: { userId: string; unitCode: string | null },
  ): Promise<CommandResponseBody> {
    const matter = await this.visibleMatter(id, actor);
    const closed = matter.status === 'closed' || matter.status === 'cancelled';
    if (closed && !key) {
      throw this.closedError(matter.code, matter.status);
    }
    // A re-route or a new lead names a unit the workflow knows only by its code's form.
    const toUnit = (payload as { toUnitCode?: unknown } | undefined)?.toUnitCode;
    if (!closed && typeof toUnit === 'string' && (name === 'reroute' || name === 'reassignLead')) {
      assertAssignable(await this.unitDirectory.load(), [toUnit]);
    }
    // The command table's row says which Update runs and how the body becomes its argument. On a closed matter only
    // a retry can succeed: Temporal answers an Update id it has completed with its outcome even after the workflow
    // ended (the closing command whose answer was lost); any other id finds the workflow ended (MATTER_CLOSED).
    let result: CommandResult;
    try {
      result = await this.gateway.execute(id, updateOf(name), updateArgOf(name, payload, actor), key ?? randomUUID());
    } catch (err) {
      if (closed && err instanceof ApiException && err.code === ErrorCode.MatterClosed) {
        throw this.closedError(matter.code, matter.status);
      }
      if (err instanceof ApiException && err.code === ErrorCode.VerifyNeedsConfirmation) {
        throw await this.namedByDirectory(err, matter.code);
      }
      throw err;
    }
    if (inbox) {
      await this.readNoticesAfter(id, inbox);
    }
    return this.respond(id, closed ? { ...result, replayed: true } : result, this.readerOf(actor, roles), actor);
  }

  // The person did something on the matter: the notices it sent them (and their unit) have been answered. The
  // command is done either way, so a failure here is logged, not reported.
  private async readNoticesAfter(id: string, inbox: { userId: string; unitCode: string | null }): Promise<void> {
    try {
      await this.notices.markAllRead(inbox.userId, inbox.unitCode, new Date(), { matterId: id });
    } catch (err) {
      MattersService.log.warn(`marking notices on matter ${id} read failed: ${String(err)}`);
    }
  }

  // The live state straight from the workflow (the source of truth), for the office and diagnostics.
  async live(id: string, actor: Actor): Promise<{ state: unknown; events: unknown[] }> {
    await this.visibleMatter(id, actor);
    return this.gateway.liveState(id);
  }

  // Re-projects a matter from its workflow's query: the rebuild path when the read model is in doubt.
  // Answers only what was rebuilt: the caller (an administrator) may not read the matter itself.
  async reproject(id: string): Promise<{ matterId: string; seq: number; events: number }> {
    const { state, events } = await this.gateway.liveState(id);
    assertFound(state, ErrorCode.MatterNotFound, `No workflow state for matter ${id}.`);
    await this.projection.project(state, events);
    return { matterId: id, seq: state.seq, events: events.length };
  }

  private async dispatchOne(
    item: MatterItemDto,
    meetingId: string | undefined,
    actor: Actor,
    units: UnitDirectory,
    key?: string,
    roles?: readonly UserRole[],
  ): Promise<MatterDetail> {
    const matterId = key ? idFromKey('matter', key) : randomUUID();
    const definition = this.definitionOf(item, meetingId, matterId, units);
    const holder = await this.reads.reserveCode(definition.code, matterId);
    if (holder !== matterId) {
      throw await this.codeRegister.takenError(definition.code);
    }
    let result: CommandResult;
    try {
      result = await this.gateway.dispatch(
        { definition, createdBy: actor, createdAt: new Date().toISOString() },
        key ? `dispatch:${key}` : randomUUID(),
      );
    } catch (err) {
      if (!(await this.reads.findById(matterId))) {
        await this.reads.releaseCode(definition.code, matterId);
      }
      throw err;
    }
    if (result.matter.code !== definition.code || result.matter.title !== definition.title) {
      // Refused: the code this request reserved is not the existing matter's, and must stay free.
      if (result.matter.code !== definition.code) {
        await this.reads.releaseCode(definition.code, matterId);
      }
      throw new ApiException(ErrorCode.IdempotencyConflict, 'This Idempotency-Key was used for a different matter.');
    }
    return this.get(matterId, actor, roles);
  }

  // The workflow checks the units' codes only; that they exist and take work is checked here, against the directory.
  private definitionOf(
    item: MatterItemDto,
    meetingId: string | undefined,
    matterId: string,
    units: UnitDirectory,
  ): MatterDefinition {
    const definition: MatterDefinition = {
      matterId,
      code: item.code,
      title: item.title,
      description: item.description,
      meetingId,
      source: item.source,
      leadUnitCode: item.leadUnitCode,
      coUnitCodes: item.coUnitCodes ?? [],
      dueDate: item.dueDate,
      priority: item.priority ?? 'normal',
      year: item.year ?? Number(item.dueDate.slice(0, 4)),
      policy: item.policy ? { ...item.policy, ladder: item.policy.ladder?.map((s) => ({ ...s })) } : undefined,
    };
    try {
      validateDefinition(definition);
      resolvePolicy(definition.priority, definition.policy);
    } catch (err) {
      throw err instanceof MatterRejection ? new ApiException(err.code, `${item.code}: ${err.message}`) : err;
    }
    assertAssignable(units, [definition.leadUnitCode, ...definition.coUnitCodes], `${item.code}: `);
    return definition;
  }

  // A unit sees only matters it holds an assignment on; to anyone else the matter does not exist.
  // The events up to the matter row's seq: one the projection commits between the two reads belongs to a newer
  // snapshot than the row (its deadlines, its assignments), and waits for the next read.
  private async eventsOf(matter: MatterEntity): Promise<MatterEventEntity[]> {
    return (await this.reads.listEvents(matter.id)).filter((e) => e.seq <= matter.seq);
  }

  private async visibleMatter(id: string, actor: Actor): Promise<MatterEntity> {
    const matter = await this.reads.findById(id);
    const visible =
      matter &&
      (actor.role !== 'unit' ||
        matter.state.assignments.some((a) => a.unitCode === actor.unitCode && a.status !== 'withdrawn'));
    if (!matter || !visible) {
      throw new ApiException(ErrorCode.MatterNotFound, `No matter ${id}.`);
    }
    return matter;
  }

  // The workflow names the co-units to confirm by the compiled list: the same units (the workflow's list, read back
  // from its message), named as the directory names them today. The workflow's answer stands if that fails.
  private async namedByDirectory(err: ApiException, matterCode: string): Promise<ApiException> {
    const codes = unitsToConfirmIn(err.message);
    if (!codes || codes.length === 0) {
      return err;
    }
    try {
      const dir = await this.unitDirectory.load();
      const nameOf = (c: string): string => (dir.has(c) ? `${dir.nameZh(c)} (${c})` : c);
      return new ApiException(err.code, verifyNeedsConfirmationMessage(matterCode, codes, nameOf), err.details);
    } catch (loadErr) {
      MattersService.log.warn(`naming the units of a refused verify failed: ${String(loadErr)}`);
      return err;
    }
  }

  private closedError(code: string, status: string): ApiException {
    return new ApiException(ErrorCode.MatterClosed, `Matter ${code} is ${status}; it accepts no further commands.`);
  }

  private async respond(
    id: string,
    result: CommandResult,
    reader: Reader | null,
    actor: Actor,
  ): Promise<CommandResponseBody> {
    // The matter as the workflow answered it: its projection committed before the Update returned, so the events
    // and charges read below are at least as new (the row itself is not read back).
    const matter = toMatterRow(result.matter);
    const projected = toMatterDetail(
      matter,
      await this.eventsOf(matter),
      this.today(),
      await this.clock(),
      reader,
      await this.reads.listAssignments(id),
    );
    const detail = await this.withContests(projected, actor);
    const appendedSeqs = new Set(result.events.map((e) => e.seq));
    return {
      matter: reader ? { ...detail, followed: await this.followedBy(id, reader.actor) } : detail,
      appended: detail.events.filter((e) => e.contestId === undefined && appendedSeqs.has(e.seq)),
      replayed: result.replayed,
    };
  }
}
