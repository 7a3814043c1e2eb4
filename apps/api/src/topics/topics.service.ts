import { randomUUID } from 'node:crypto';

import type { Actor, Page, TopicStatus, TopicView } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { MeetingRepository, TopicEntity, TopicRepository, UserRepository } from '@app/database';
import { Injectable } from '@nestjs/common';

import { ApiException, assertFound } from '../common/api.exception';
import { offsetOf, pageOf } from '../common/paging';
import { ownUnitOf } from './unit-scope';
import type { AcceptTopicDto, DeclineTopicDto, DeferTopicDto, ListTopicsQuery, ProposeTopicDto } from './dto/topic.dto';
import { topicEvent, toTopicView } from './topic.mapper';
import type { TopicDecision } from './topic-transitions';
import { canDecide, TARGET } from './topic-transitions';

@Injectable()
export class TopicsService {
  constructor(
    private readonly topics: TopicRepository,
    private readonly meetings: MeetingRepository,
    private readonly users: UserRepository,
  ) {}

  async list(q: ListTopicsQuery, actor: Actor): Promise<Page<TopicView>> {
    const own = ownUnitOf(actor);
    const [rows, total] = await this.topics.list({
      status: q.status,
      unitCode: own ?? q.unit,
      meetingId: q.meetingId,
      offset: offsetOf(q),
      limit: q.pageSize,
    });
    return pageOf(
      rows.map((t) => toTopicView(t, actor)),
      total,
      q,
    );
  }

  async get(id: string, actor: Actor): Promise<TopicView> {
    const topic = await this.visible(id, actor);
    const events = await this.topics.listEvents(id);
    return toTopicView(topic, actor, events, await this.users.displayNamesOf(events.map((e) => e.actorUserId)));
  }

  async propose(dto: ProposeTopicDto, actor: Actor): Promise<TopicView> {
    const unitCode = ownUnitOf(actor);
    assertFound(unitCode, ErrorCode.Forbidden, 'Only a member unit proposes topics.');
    const now = new Date();
    const topic = Object.assign(new TopicEntity(), {
      id: randomUUID(),
      unitCode,
      title: dto.title,
      background: dto.background,
      proposal: dto.proposal,
      desiredMeetingKind: dto.desiredMeetingKind ?? null,
      status: 'proposed' satisfies TopicStatus,
      meetingId: null,
      agendaOrder: null,
      decisionNote: null,
      proposedBy: actor.userId,
      proposedAt: now,
      decidedBy: null,
      decidedAt: null,
      updatedAt: now,
      version: 1,
    });
    await this.topics.insert(topic, topicEvent('topic.proposed', actor, now, null, { title: dto.title }));
    return this.get(topic.id, actor);
  }

  async accept(id: string, dto: AcceptTopicDto, actor: Actor): Promise<TopicView> {
    const meeting = await this.meetings.findById(dto.meetingId);
    assertFound(meeting, ErrorCode.MeetingNotFound, `No meeting ${dto.meetingId}.`);
    if (meeting.status !== 'planned') {
      throw new ApiException(ErrorCode.InvalidTransition, 'The meeting has been held; its agenda is closed.');
    }
    const order = dto.order ?? (await this.topics.nextAgendaOrder(meeting.id));
    return this.decide(id, 'accept', actor, dto.note ?? null, { meetingId: meeting.id, agendaOrder: order });
  }

  defer(id: string, dto: DeferTopicDto, actor: Actor): Promise<TopicView> {
    return this.decide(id, 'defer', actor, dto.note, { meetingId: null, agendaOrder: null });
  }

  decline(id: string, dto: DeclineTopicDto, actor: Actor): Promise<TopicView> {
    return this.decide(id, 'decline', actor, dto.reason, { meetingId: null, agendaOrder: null });
  }

  private async decide(
    id: string,
    decision: TopicDecision,
    actor: Actor,
    note: string | null,
    placement: { meetingId: string | null; agendaOrder: number | null },
  ): Promise<TopicView> {
    const topic = await this.visible(id, actor);
    const from = topic.status as TopicStatus;
    if (!canDecide(from, decision)) {
      throw new ApiException(ErrorCode.InvalidTransition, `A ${from} topic cannot be given "${decision}".`);
    }
    const now = new Date();
    const previousMeetingId = topic.meetingId;
    Object.assign(topic, {
      ...placement,
      status: TARGET[decision],
      decisionNote: note,
      decidedBy: actor.userId,
      decidedAt: now,
      updatedAt: now,
    });
    const event = topicEvent(`topic.${TARGET[decision]}`, actor, now, note, {
      from,
      ...placement,
      ...(previousMeetingId && previousMeetingId !== placement.meetingId ? { previousMeetingId } : {}),
    });
    if (!(await this.topics.transition(topic, event))) {
      throw new ApiException(ErrorCode.InvalidTransition, 'The topic changed meanwhile; reload and try again.');
    }
    return this.get(id, actor);
  }

  // Another unit's topic is reported as absent, not forbidden: its existence is not the reader's business.
  private async visible(id: string, actor: Actor): Promise<TopicEntity> {
    const topic = await this.topics.findById(id);
    const own = ownUnitOf(actor);
    if (!topic || (own !== undefined && topic.unitCode !== own)) {
      throw new ApiException(ErrorCode.NotFound, `No topic ${id}.`);
    }
    return topic;
  }
}
