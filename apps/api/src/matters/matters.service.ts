import { randomUUID } from 'node:crypto';

import type {
  Actor,
  CommandResponseBody,
  CommandResult,
  MatterDefinition,
  MatterDetail,
  MatterSummary,
  Page,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { MatterEntity, MatterEventEntity } from '@app/database';
import { MatterProjectionRepository, MatterReadRepository, MeetingRepository } from '@app/database';
import { MatterRejection, resolvePolicy, shanghaiDate, validateDefinition } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { ApiException, assertFound } from '../common/api.exception';
import { idFromKey } from '../common/idempotency-key.decorator';
import { MatterWorkflowGateway } from '../temporal/matter-workflow.gateway';
import type { CreateMatterDto, MatterItemDto } from './dto/create-matter.dto';
import type { ListMattersQuery } from './dto/list-matters.query';
import { toMatterDetail, toMatterSummary } from './matter.mapper';
import type { CommandSpec, MatterCommand } from './matter-commands';
import { COMMANDS } from './matter-commands';

const today = (): string => shanghaiDate(new Date());

@Injectable()
export class MattersService {
  constructor(
    private readonly gateway: MatterWorkflowGateway,
    private readonly reads: MatterReadRepository,
    private readonly meetings: MeetingRepository,
    private readonly projection: MatterProjectionRepository,
  ) {}

  // Who may call each method is declared once, in the policy table (apps/api/src/auth/policies.ts).
  async create(dto: CreateMatterDto, actor: Actor, key?: string): Promise<MatterDetail> {
    if (dto.meetingId) {
      assertFound(
        await this.meetings.findById(dto.meetingId),
        ErrorCode.MeetingNotFound,
        `No meeting ${dto.meetingId}.`,
      );
    }
    return this.dispatchOne(dto, dto.meetingId, actor, key);
  }

  // Creates every matter of a meeting's minutes. All items are checked before any is dispatched; a retry
  // with the same Idempotency-Key completes a batch that was interrupted, without duplicates.
  async createBatch(meetingId: string, items: MatterItemDto[], actor: Actor, key?: string): Promise<MatterDetail[]> {
    assertFound(await this.meetings.findById(meetingId), ErrorCode.MeetingNotFound, `No meeting ${meetingId}.`);
    const codes = items.map((i) => i.code);
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) {
      throw new ApiException(ErrorCode.ValidationFailed, `matters: code "${dup}" appears twice in the batch.`);
    }
    items.forEach((item, i) => this.definitionOf(item, meetingId, `batch-check-${i}`));
    const batchKey = key ?? randomUUID();
    const keys = items.map((_, i) => `${batchKey}:${i}`);
    const ids = keys.map((k) => idFromKey('matter', k));
    await this.reserveCodes(codes, ids);
    const created: MatterDetail[] = [];
    try {
      for (const [i, item] of items.entries()) {
        created.push(await this.dispatchOne(item, meetingId, actor, keys[i]));
      }
    } catch (err) {
      await this.releaseCodes(codes.slice(created.length), ids.slice(created.length));
      throw err;
    }
    return created;
  }

  // Every code of a batch is reserved before any matter is dispatched, so that a code already taken refuses the
  // whole batch instead of leaving its first matters dispatched. A retry with the same key holds its codes already.
  private async reserveCodes(codes: string[], ids: string[]): Promise<void> {
    for (const [i, code] of codes.entries()) {
      if ((await this.reads.reserveCode(code, ids[i])) !== ids[i]) {
        await this.releaseCodes(codes.slice(0, i), ids.slice(0, i));
        throw new ApiException(
          ErrorCode.MatterCodeTaken,
          `Matter code "${code}" is already used; choose another code.`,
        );
      }
    }
  }

  // Releases the reservations of matters that were not dispatched (a dispatched matter keeps its code).
  private async releaseCodes(codes: string[], ids: string[]): Promise<void> {
    for (const [i, code] of codes.entries()) {
      if (!(await this.reads.findById(ids[i]))) {
        await this.reads.releaseCode(code, ids[i]);
      }
    }
  }

  async list(query: ListMattersQuery, actor: Actor): Promise<Page<MatterSummary>> {
    const now = today();
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
    return { items: rows.map((r) => toMatterSummary(r, now)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, actor: Actor): Promise<MatterDetail> {
    const matter = await this.visibleMatter(id, actor);
    return toMatterDetail(matter, await this.eventsOf(matter), today());
  }

  async command<K extends keyof typeof COMMANDS>(
    id: string,
    name: K,
    payload: MatterCommand<K>,
    actor: Actor,
    key?: string,
  ): Promise<CommandResponseBody> {
    const matter = await this.visibleMatter(id, actor);
    if (matter.status === 'closed' || matter.status === 'cancelled') {
      throw new ApiException(
        ErrorCode.MatterClosed,
        `Matter ${matter.code} is ${matter.status}; it accepts no further commands.`,
      );
    }
    // Each entry pairs an Update with the builder of its argument; the map's keys keep them together.
    const spec = COMMANDS[name] as unknown as CommandSpec<MatterCommand<K>, unknown>;
    const result = await this.gateway.execute(id, spec.update, spec.build(payload, actor), key ?? randomUUID());
    return this.respond(id, result);
  }

  // The live state straight from the workflow (the source of truth), for the office and diagnostics.
  async live(id: string, actor: Actor): Promise<{ state: unknown; events: unknown[] }> {
    await this.visibleMatter(id, actor);
    return this.gateway.liveState(id);
  }

  // Re-projects a matter from its workflow's query: the rebuild path when the read model is in doubt.
  async reproject(id: string, actor: Actor): Promise<MatterDetail> {
    const { state, events } = await this.gateway.liveState(id);
    assertFound(state, ErrorCode.MatterNotFound, `No workflow state for matter ${id}.`);
    await this.projection.project(state, events);
    return this.get(id, actor);
  }

  private async dispatchOne(
    item: MatterItemDto,
    meetingId: string | undefined,
    actor: Actor,
    key?: string,
  ): Promise<MatterDetail> {
    const matterId = key ? idFromKey('matter', key) : randomUUID();
    const definition = this.definitionOf(item, meetingId, matterId);
    const holder = await this.reads.reserveCode(definition.code, matterId);
    if (holder !== matterId) {
      throw new ApiException(
        ErrorCode.MatterCodeTaken,
        `Matter code "${definition.code}" is already used; choose another code.`,
      );
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
      throw new ApiException(ErrorCode.IdempotencyConflict, 'This Idempotency-Key was used for a different matter.');
    }
    return this.get(matterId, actor);
  }

  private definitionOf(item: MatterItemDto, meetingId: string | undefined, matterId: string): MatterDefinition {
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

  private async respond(id: string, result: CommandResult): Promise<CommandResponseBody> {
    const matter = await this.reads.findById(id);
    assertFound(matter, ErrorCode.MatterNotFound, `No matter ${id}.`);
    const detail = toMatterDetail(matter, await this.eventsOf(matter), today());
    const appendedSeqs = new Set(result.events.map((e) => e.seq));
    return {
      matter: detail,
      appended: detail.events.filter((e) => appendedSeqs.has(e.seq)),
      replayed: result.replayed,
    };
  }
}
