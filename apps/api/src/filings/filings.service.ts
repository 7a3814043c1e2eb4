import { randomUUID } from 'node:crypto';

import type { Actor, FilingStatus, FilingView, Page } from '@app/contracts';
import { ErrorCode, FILING_RULES } from '@app/contracts';
import type { FilingEventInput } from '@app/database';
import { FilingEntity, FilingRepository, UserRepository } from '@app/database';
import { isCalendarDate } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { ApiException, assertFound } from '../common/api.exception';
import { offsetOf, pageOf } from '../common/paging';
import { ownUnitOf } from '../topics/unit-scope';
import { filingEvent, toFilingView } from './filing.mapper';
import type * as Filings from './dto/filing.dto';

function assertEventDate(eventDate: string): void {
  if (!isCalendarDate(eventDate)) {
    throw new ApiException(ErrorCode.ValidationFailed, `eventDate "${eventDate}" is not a calendar date.`);
  }
}

type FilingEdits = Pick<FilingEntity, 'title' | 'content' | 'category' | 'attachments' | 'eventDate'>;

// The corrected fields (absent ones keep their value) and the names of those that really changed.
function editsOf(filing: FilingEntity, dto: Filings.ResubmitFilingDto): { edits: FilingEdits; changed: string[] } {
  const edits: FilingEdits = {
    title: dto.title ?? filing.title,
    content: dto.content,
    category: dto.category ?? filing.category,
    attachments: dto.attachments ? dto.attachments.map((a) => ({ title: a.title, url: a.url })) : filing.attachments,
    eventDate: dto.eventDate ?? filing.eventDate,
  };
  const changed = (Object.keys(edits) as (keyof FilingEdits)[]).filter(
    (k) => JSON.stringify(edits[k]) !== JSON.stringify(filing[k]),
  );
  return { edits, changed };
}

@Injectable()
export class FilingsService {
  constructor(
    private readonly filings: FilingRepository,
    private readonly users: UserRepository,
  ) {}

  async list(q: Filings.ListFilingsQuery, actor: Actor): Promise<Page<FilingView>> {
    const own = ownUnitOf(actor);
    const [rows, total] = await this.filings.list({
      kind: q.kind,
      status: q.status,
      unitCode: own ?? q.unit,
      selectedForBriefing: q.selected,
      offset: offsetOf(q),
      limit: q.pageSize,
    });
    return pageOf(
      rows.map((f) => toFilingView(f, actor)),
      total,
      q,
    );
  }

  // With its history: filed, returned, resubmitted, reviewed, selected for a briefing or not, oldest first.
  async get(id: string, actor: Actor): Promise<FilingView> {
    const filing = await this.visible(id, actor);
    const events = await this.filings.listEvents(id);
    return toFilingView(filing, actor, events, await this.users.displayNamesOf(events.map((e) => e.actorUserId)));
  }

  async file(dto: Filings.CreateFilingDto, actor: Actor): Promise<FilingView> {
    const unitCode = ownUnitOf(actor);
    assertFound(unitCode, ErrorCode.Forbidden, 'Only a member unit files major matters and information.');
    assertEventDate(dto.eventDate);
    const now = new Date();
    const filing = Object.assign(new FilingEntity(), {
      id: randomUUID(),
      kind: dto.kind,
      unitCode,
      title: dto.title,
      content: dto.content,
      category: dto.category,
      attachments: (dto.attachments ?? []).map((a) => ({ title: a.title, url: a.url })),
      eventDate: dto.eventDate,
      status: 'submitted' satisfies FilingStatus,
      reviewComment: null,
      selectedForBriefing: false,
      filedBy: actor.userId,
      filedAt: now,
      reviewedBy: null,
      reviewedAt: null,
      updatedAt: now,
      version: 1,
    });
    await this.filings.insert(filing, filingEvent('filing.submitted', actor, now, null, { kind: dto.kind }));
    return this.get(filing.id, actor);
  }

  // The unit corrects a filing the office returned and sends it again, for a fresh review. The office's return
  // comment stays in the history (its filing.returned event) and is quoted by the resubmission it answers.
  async resubmit(id: string, dto: Filings.ResubmitFilingDto, actor: Actor): Promise<FilingView> {
    assertFound(ownUnitOf(actor), ErrorCode.Forbidden, 'Only the filing unit resubmits a returned filing.');
    if (dto.eventDate !== undefined) {
      assertEventDate(dto.eventDate);
    }
    const filing = await this.visible(id, actor);
    this.requireStatus(filing, FILING_RULES.resubmit.from, 'resubmitted');
    const { edits, changed } = editsOf(filing, dto);
    const answered = filing.reviewComment;
    const now = new Date();
    Object.assign(filing, edits, {
      status: 'submitted' satisfies FilingStatus,
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
      updatedAt: now,
    });
    const data = { changed, returnComment: answered };
    return this.apply(filing, filingEvent('filing.resubmitted', actor, now, dto.note ?? null, data), actor);
  }

  async review(id: string, dto: Filings.ReviewFilingDto, actor: Actor): Promise<FilingView> {
    const filing = await this.visible(id, actor);
    this.requireStatus(filing, FILING_RULES.review.from, 'reviewed');
    if (dto.selectedForBriefing && filing.kind !== 'information') {
      throw new ApiException(ErrorCode.InvalidCommand, 'Only information items are selected for a briefing.');
    }
    const now = new Date();
    Object.assign(filing, {
      status: 'reviewed' satisfies FilingStatus,
      reviewComment: dto.comment ?? null,
      selectedForBriefing: dto.selectedForBriefing ?? false,
      reviewedBy: actor.userId,
      reviewedAt: now,
      updatedAt: now,
    });
    const data = { selectedForBriefing: filing.selectedForBriefing };
    return this.apply(filing, filingEvent('filing.reviewed', actor, now, dto.comment ?? null, data), actor);
  }

  async return(id: string, dto: Filings.ReturnFilingDto, actor: Actor): Promise<FilingView> {
    const filing = await this.visible(id, actor);
    this.requireStatus(filing, FILING_RULES.return.from, 'returned');
    const now = new Date();
    Object.assign(filing, {
      status: 'returned' satisfies FilingStatus,
      reviewComment: dto.comment,
      selectedForBriefing: false,
      reviewedBy: actor.userId,
      reviewedAt: now,
      updatedAt: now,
    });
    return this.apply(filing, filingEvent('filing.returned', actor, now, dto.comment), actor);
  }

  // Selecting for a briefing is the office's editorial choice on a reviewed information item; it can change.
  async select(id: string, dto: Filings.SelectForBriefingDto, actor: Actor): Promise<FilingView> {
    const filing = await this.visible(id, actor);
    if (filing.kind !== 'information') {
      throw new ApiException(ErrorCode.InvalidCommand, 'Only information items are selected for a briefing.');
    }
    this.requireStatus(filing, FILING_RULES.select.from, 'selected for a briefing');
    const now = new Date();
    Object.assign(filing, { selectedForBriefing: dto.selected, updatedAt: now });
    const type = dto.selected ? 'filing.selected_for_briefing' : 'filing.unselected_for_briefing';
    return this.apply(filing, filingEvent(type, actor, now, null), actor);
  }

  private requireStatus(filing: FilingEntity, expected: FilingStatus, action: string): void {
    if (filing.status !== expected) {
      throw new ApiException(
        ErrorCode.InvalidTransition,
        `A ${filing.status} filing cannot be ${action}; it must be ${expected}.`,
      );
    }
  }

  private async apply(filing: FilingEntity, event: FilingEventInput, actor: Actor): Promise<FilingView> {
    if (!(await this.filings.transition(filing, event))) {
      throw new ApiException(ErrorCode.InvalidTransition, 'The filing changed meanwhile; reload and try again.');
    }
    return this.get(filing.id, actor);
  }

  // Another unit's filing is reported as absent.
  private async visible(id: string, actor: Actor): Promise<FilingEntity> {
    const filing = await this.filings.findById(id);
    const own = ownUnitOf(actor);
    if (!filing || (own !== undefined && filing.unitCode !== own)) {
      throw new ApiException(ErrorCode.NotFound, `No filing ${id}.`);
    }
    return filing;
  }
}
