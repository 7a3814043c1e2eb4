import { randomUUID } from 'node:crypto';

import type { Actor, AgendaItem, MeetingAttendance, MeetingStatus, TopicStatus, UserRole } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { MatterReadRepository, MeetingEntity, MeetingRepository, TopicRepository, UnitRepository } from '@app/database';
import { isCalendarDate } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { ApiException, assertFound } from '../common/api.exception';
import { offsetOf, pageOf } from '../common/paging';
import { MattersService } from '../matters/matters.service';
import { topicEvent } from '../topics/topic.mapper';
import type * as Meetings from './dto/meeting.dto';

function requireDate(value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new ApiException(ErrorCode.ValidationFailed, `heldOn "${value}" is not a calendar date.`);
  }
}

// An ad-hoc plenary is called by the convener; the office director may record it on the convener's behalf.
function requireConvener(kind: string | undefined, roles: readonly UserRole[]): void {
  if (kind === 'ad_hoc' && !roles.some((r) => r === 'leadership' || r === 'office_director')) {
    throw new ApiException(ErrorCode.Forbidden, 'Only the convener or the office director calls an ad-hoc meeting.');
  }
}

// Attendance as stored: absent fields left out rather than kept empty.
function toAttendance(a: Meetings.AttendanceDto): MeetingAttendance {
  return {
    person: a.person,
    ...(a.unitCode ? { unitCode: a.unitCode } : {}),
    ...(a.standingInFor ? { standingInFor: a.standingInFor } : {}),
  };
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly matters: MatterReadRepository,
    private readonly topics: TopicRepository,
    private readonly units: UnitRepository,
    private readonly dispatcher: MattersService,
  ) {}

  async list(q: Meetings.ListMeetingsQuery): Promise<Meetings.MeetingPageResponse> {
    const [rows, total] = await this.meetings.list({
      status: q.status,
      kind: q.kind,
      offset: offsetOf(q),
      limit: q.pageSize,
    });
    return pageOf(await Promise.all(rows.map((m) => this.toResponse(m))), total, q);
  }

  async get(id: string): Promise<Meetings.MeetingResponse> {
    const meeting = await this.find(id);
    return { ...(await this.toResponse(meeting)), agenda: await this.agenda(id) };
  }

  async create(
    dto: Meetings.CreateMeetingDto,
    actor: Actor,
    roles: readonly UserRole[],
  ): Promise<Meetings.MeetingResponse> {
    requireConvener(dto.kind, roles);
    requireDate(dto.heldOn);
    const meeting = Object.assign(new MeetingEntity(), {
      id: randomUUID(),
      kind: dto.kind,
      title: dto.title,
      heldOn: dto.heldOn,
      chair: dto.chair,
      attendees: dto.attendees ?? [],
      location: dto.location ?? null,
      notes: dto.notes ?? null,
      status: 'planned' satisfies MeetingStatus,
      minutes: null,
      attendance: null,
      heldBy: null,
      heldAt: null,
      holdKey: null,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    return this.toResponse(await this.meetings.insert(meeting));
  }

  async update(
    id: string,
    dto: Meetings.UpdateMeetingDto,
    actor: Actor,
    roles: readonly UserRole[],
  ): Promise<Meetings.MeetingResponse> {
    requireConvener(dto.kind, roles);
    requireDate(dto.heldOn);
    const meeting = await this.find(id);
    Object.assign(meeting, { ...dto, updatedBy: actor.userId, updatedAt: new Date() });
    return this.toResponse(await this.meetings.save(meeting));
  }

  // A meeting that decided matters is part of their record and cannot be deleted.
  async remove(id: string): Promise<void> {
    await this.find(id);
    const count = await this.matters.countByMeeting(id);
    if (count > 0) {
      throw new ApiException(
        ErrorCode.MeetingHasMatters,
        `The meeting decided ${count} matter(s); it cannot be deleted.`,
      );
    }
    await this.meetings.delete(id);
  }

  // Holding the meeting: minutes and attendance recorded, every agreed matter created and dispatched, the
  // accepted topics marked discussed. Matters first (each idempotent under the key), then the meeting in one
  // transaction, so a retry with the same key completes a half-done hold without duplicates.
  async hold(
    id: string,
    dto: Meetings.HoldMeetingDto,
    actor: Actor,
    key?: string,
  ): Promise<Meetings.HoldMeetingResponse> {
    const meeting = await this.find(id);
    const holdKey = key ?? `meeting-hold:${id}`;
    if (meeting.status === 'held' && !(key !== undefined && meeting.holdKey === holdKey)) {
      throw new ApiException(ErrorCode.InvalidTransition, 'The meeting has already been held.');
    }
    await this.requireUnits(dto.attendance.map((a) => a.unitCode));
    const matters = dto.matters.length
      ? await this.dispatcher.createBatch(id, dto.matters, actor, `hold:${holdKey}`)
      : [];
    if (meeting.status === 'planned') {
      const now = new Date();
      const attendance = dto.attendance.map(toAttendance);
      const held = await this.topics.recordMeetingHeld(
        id,
        { minutes: dto.minutes, attendance, heldBy: actor.userId, heldAt: now, holdKey },
        topicEvent('topic.discussed', actor, now, null, { meetingId: id }),
      );
      const after = held ? undefined : await this.find(id);
      if (after && after.holdKey !== holdKey) {
        throw new ApiException(ErrorCode.InvalidTransition, 'The meeting has already been held.');
      }
    }
    return { meeting: await this.get(id), matters };
  }

  // The office corrects a held meeting's minutes or attendance after the fact, with a reason. The audit log keeps
  // who, when, why, and the record before and after; the agreed matters it dispatched are not touched.
  async correctRecord(
    id: string,
    dto: Meetings.CorrectMeetingRecordDto,
    actor: Actor,
  ): Promise<Meetings.MeetingResponse> {
    if (dto.minutes === undefined && dto.attendance === undefined) {
      throw new ApiException(ErrorCode.ValidationFailed, 'Send the corrected minutes, attendance, or both.');
    }
    const meeting = await this.find(id);
    if (meeting.status !== 'held') {
      throw new ApiException(
        ErrorCode.InvalidTransition,
        'Only a held meeting has a record to correct; plan it with PATCH /api/meetings/{id}.',
      );
    }
    if (dto.attendance) {
      await this.requireUnits(dto.attendance.map((a) => a.unitCode));
    }
    const after = {
      ...(dto.minutes !== undefined ? { minutes: dto.minutes } : {}),
      ...(dto.attendance ? { attendance: dto.attendance.map(toAttendance) } : {}),
    };
    const fields = (Object.keys(after) as (keyof typeof after)[]).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(meeting[k] ?? null),
    );
    if (fields.length === 0) {
      throw new ApiException(ErrorCode.InvalidCommand, 'The correction changes nothing in the record.');
    }
    const before = Object.fromEntries(fields.map((k) => [k, meeting[k]]));
    const changed = Object.fromEntries(fields.map((k) => [k, after[k]]));
    const now = new Date();
    const corrected = await this.meetings.correctRecord(
      meeting,
      { ...changed, updatedBy: actor.userId, updatedAt: now },
      { actorUserId: actor.userId, detail: { reason: dto.reason, fields, before, after: changed } },
    );
    if (!corrected) {
      throw new ApiException(ErrorCode.InvalidTransition, 'The meeting changed meanwhile; reload and try again.');
    }
    return this.get(id);
  }

  private async requireUnits(codes: (string | undefined)[]): Promise<void> {
    const wanted = [...new Set(codes.filter((c): c is string => c !== undefined))];
    if (!wanted.length) {
      return;
    }
    const known = new Set((await this.units.listAll()).map((u) => u.code));
    const unknown = wanted.filter((c) => !known.has(c));
    if (unknown.length) {
      throw new ApiException(ErrorCode.UnitNotFound, `attendance: no member unit ${unknown.join(', ')}.`);
    }
  }

  private async agenda(meetingId: string): Promise<AgendaItem[]> {
    const topics = await this.topics.listAgenda(meetingId);
    return topics.map((t, i) => ({
      topicId: t.id,
      order: t.agendaOrder ?? i + 1,
      title: t.title,
      unitCode: t.unitCode,
      status: t.status as TopicStatus,
    }));
  }

  private async find(id: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findById(id);
    assertFound(meeting, ErrorCode.MeetingNotFound, `No meeting ${id}.`);
    return meeting;
  }

  private async toResponse(m: MeetingEntity): Promise<Meetings.MeetingResponse> {
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      heldOn: m.heldOn,
      chair: m.chair,
      attendees: m.attendees,
      location: m.location,
      notes: m.notes,
      status: m.status as MeetingStatus,
      minutes: m.minutes,
      attendance: m.attendance ?? [],
      heldBy: m.heldBy,
      heldAt: m.heldAt?.toISOString() ?? null,
      createdBy: m.createdBy,
      createdAt: m.createdAt.toISOString(),
      updatedBy: m.updatedBy,
      updatedAt: m.updatedAt.toISOString(),
      matterCount: await this.matters.countByMeeting(m.id),
    };
  }
}
