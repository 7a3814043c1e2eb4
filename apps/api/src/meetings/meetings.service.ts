import { randomUUID } from 'node:crypto';

import type { Actor } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { MatterReadRepository, MeetingEntity, MeetingRepository } from '@app/database';
import { isCalendarDate } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { ApiException, assertFound } from '../common/api.exception';
import type { CreateMeetingDto, MeetingPageResponse, MeetingResponse, UpdateMeetingDto } from './dto/meeting.dto';

function requireDate(value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new ApiException(ErrorCode.ValidationFailed, `heldOn "${value}" is not a calendar date.`);
  }
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly matters: MatterReadRepository,
  ) {}

  async list(page: number, pageSize: number): Promise<MeetingPageResponse> {
    const [rows, total] = await this.meetings.list((page - 1) * pageSize, pageSize);
    const items = await Promise.all(rows.map((m) => this.toResponse(m)));
    return { items, total, page, pageSize };
  }

  async get(id: string): Promise<MeetingResponse> {
    return this.toResponse(await this.find(id));
  }

  async create(dto: CreateMeetingDto, actor: Actor): Promise<MeetingResponse> {
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
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    return this.toResponse(await this.meetings.insert(meeting));
  }

  async update(id: string, dto: UpdateMeetingDto, actor: Actor): Promise<MeetingResponse> {
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

  private async find(id: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findById(id);
    assertFound(meeting, ErrorCode.MeetingNotFound, `No meeting ${id}.`);
    return meeting;
  }

  private async toResponse(m: MeetingEntity): Promise<MeetingResponse> {
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      heldOn: m.heldOn,
      chair: m.chair,
      attendees: m.attendees,
      location: m.location,
      notes: m.notes,
      createdBy: m.createdBy,
      createdAt: m.createdAt.toISOString(),
      updatedBy: m.updatedBy,
      updatedAt: m.updatedAt.toISOString(),
      matterCount: await this.matters.countByMeeting(m.id),
    };
  }
}
