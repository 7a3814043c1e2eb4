import { randomUUID } from 'node:crypto';

import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import type { Actor, BriefingContent, BriefingFigures, BriefingItem, BriefingView } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { BriefingEntity } from '@app/database';
import {
  BriefingRepository,
  FilingRepository,
  NotificationRepository,
  SupervisionReadRepository,
  timeProfileFromEnv,
  UnitDirectoryLoader,
  UnitRepository,
  UserRepository,
} from '@app/database';
import { CampaignNoticeWriter } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { ApiException } from '../common/api.exception';
import { offsetOf, pageOf } from '../common/paging';
import { briefingDocx, briefingHtml } from './briefing-document';
import type { BriefingListQuery, CompileBriefingDto, UpdateBriefingDto } from './dto/briefing.dto';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface BriefingDocument {
  name: string;
  type: string;
  body: Buffer;
}

const issueOf = (b: BriefingEntity): string => `${b.year}年第${b.number}期`;

// 工作简报: the office compiles a numbered issue from selected information items, the leadership summary's
// figures and the 通报 list; edits the draft; publishes it to every member unit's inbox.
@Injectable()
export class BriefingsService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly briefings: BriefingRepository,
    private readonly filings: FilingRepository,
    private readonly supervision: SupervisionReadRepository,
    private readonly units: UnitRepository,
    private readonly directory: UnitDirectoryLoader,
    private readonly users: UserRepository,
    private readonly notifications: NotificationRepository,
    config: ConfigService,
  ) {
    // "Today" of the figures comes from the one time profile, as in every other view.
    this.profile = timeProfileFromEnv(envOf(config));
  }

  async list(q: BriefingListQuery, actor: Actor) {
    const [rows, total] = await this.briefings.list(q.year, offsetOf(q), q.pageSize, actor.role !== 'office');
    return pageOf(rows.map(toView), total, q);
  }

  // A draft is the office's alone: to anyone else it does not exist yet.
  async get(id: string, actor: Actor): Promise<BriefingView> {
    const row = await this.find(id);
    if (row.status !== 'published' && actor.role !== 'office') {
      throw notFound();
    }
    return toView(row);
  }

  // The printable issue, with the member units named as they were called on the day it was published (a draft:
  // today): an issue printed again after a reorganisation (机构改革) reads as it was issued.
  async document(id: string, actor: Actor, format: 'docx' | 'html'): Promise<BriefingDocument> {
    const b = await this.get(id, actor);
    const dir = await this.directory.load();
    const day = dateOfInstant(this.profile, b.publishedAt ? Date.parse(b.publishedAt) : Date.now());
    const unitName = (code: string | null): string => (code ? dir.nameZhOn(code, day) : '');
    const name = `${b.title}-${b.issue}`;
    return format === 'html'
      ? { name: `${name}.html`, type: 'text/html; charset=utf-8', body: Buffer.from(briefingHtml(b, unitName), 'utf8') }
      : { name: `${name}.docx`, type: DOCX, body: await briefingDocx(b, unitName) };
  }

  async compile(dto: CompileBriefingDto, actor: Actor): Promise<BriefingView> {
    const today = dateOfInstant(this.profile, Date.now());
    const ids = [...new Set(dto.itemIds ?? [])];
    const selected = ids.length ? await this.filings.listSelectedInformation({ ids }) : [];
    const missing = ids.filter((id) => !selected.some((s) => s.id === id));
    if (missing.length > 0) {
      throw new ApiException(
        ErrorCode.InvalidCommand,
        `Not information items selected for a briefing: ${missing.join(', ')}`,
      );
    }
    const byId = new Map(selected.map((s) => [s.id, s]));
    const items: BriefingItem[] = [
      ...ids
        .map((id) => byId.get(id)!)
        .map((s) => ({ id: s.id, title: s.title, text: s.content, unitCode: s.unitCode })),
      ...(dto.items ?? []).map((i) => ({ id: null, title: i.title, text: i.text, unitCode: i.unitCode ?? null })),
    ];
    const content: BriefingContent = {
      foreword: dto.foreword ?? '',
      items,
      figures: await this.figures(today),
      ...(await this.reports()),
    };
    const now = new Date();
    const row = await this.briefings.insertNumbered({
      id: randomUUID(),
      year: dto.year ?? Number(today.slice(0, 4)),
      title: dto.title,
      status: 'draft',
      content,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    return toView(row);
  }

  async update(id: string, dto: UpdateBriefingDto): Promise<BriefingView> {
    const row = await this.findDraft(id);
    row.title = dto.title ?? row.title;
    row.content = {
      ...row.content,
      foreword: dto.foreword ?? row.content.foreword,
      items: dto.items ? keepLinks(dto.items, row.content.items) : row.content.items,
    };
    row.updatedAt = new Date();
    await this.briefings.save(row);
    return toView(row);
  }

  async publish(id: string, actor: Actor): Promise<BriefingView> {
    const row = await this.findDraft(id);
    const now = new Date();
    const writer = new CampaignNoticeWriter(this.users, this.notifications);
    const units = (await this.units.listAll()).map((u) => u.code);
    row.noticesSent = await writer.toUnits(
      `briefing:${row.id}`,
      units,
      {
        kind: 'briefing',
        title: `【工作简报】${row.title}（${issueOf(row)}）`,
        body: `联席会议办公室印发《${row.title}》${issueOf(row)}，请各成员单位阅知。`,
      },
      now,
    );
    Object.assign(row, { status: 'published', publishedAt: now, publishedBy: actor.userId, updatedAt: now });
    await this.briefings.save(row);
    return toView(row);
  }

  // 通报: the breaches escalated to 通报 since the previous issue was published, each naming the unit that
  // breached and why; not every matter ever escalated.
  private async reports(): Promise<Pick<BriefingContent, 'reports' | 'reportsSince'>> {
    const previous = await this.briefings.findLatestPublished();
    const since = previous?.publishedAt ?? null;
    const rows = await this.briefings.breachesReportedSince(since);
    const reports = rows.map((r) => ({
      matterId: r.id,
      code: r.code,
      title: r.title,
      leadUnitCode: r.leadUnitCode,
      dueDate: r.dueDate,
      unitCode: r.unitCode,
      reason: r.reason,
      at: r.at.toISOString(),
      noticeNo: r.noticeNo,
    }));
    return { reports, reportsSince: since ? since.toISOString() : null };
  }

  private async figures(today: string): Promise<BriefingFigures> {
    const s = await this.supervision.leadershipSummary(today);
    const by = s.totals.byStatus;
    return {
      asOf: today,
      total: s.totals.all,
      open: (by.in_progress ?? 0) + (by.awaiting_verification ?? 0),
      closed: by.closed ?? 0,
      overdue: s.overdue.count,
      onTimeRate: s.onTime.rate,
      lights: { green: s.openByLight.green, yellow: s.openByLight.yellow, red: s.openByLight.red },
    };
  }

  private async find(id: string): Promise<BriefingEntity> {
    const row = await this.briefings.findById(id);
    if (!row) {
      throw notFound();
    }
    return row;
  }

  private async findDraft(id: string): Promise<BriefingEntity> {
    const row = await this.find(id);
    if (row.status !== 'draft') {
      throw new ApiException(ErrorCode.InvalidTransition, 'The briefing is published; it can no longer change.');
    }
    return row;
  }
}

const notFound = (): ApiException => new ApiException(ErrorCode.NotFound, 'No such briefing.');

// Edited items keep the information item (filing) they came from when they name it by `id`; an id the draft
// does not carry is refused rather than silently dropped.
function keepLinks(edited: UpdateBriefingDto['items'] & object, current: BriefingItem[]): BriefingItem[] {
  const known = new Set(current.map((i) => i.id).filter((id): id is string => id !== null));
  const unknown = edited.filter((i) => i.id && !known.has(i.id)).map((i) => i.id);
  if (unknown.length > 0) {
    throw new ApiException(
      ErrorCode.ValidationFailed,
      `items[].id must name an information item already in this issue (or be left out): ${unknown.join(', ')}`,
    );
  }
  return edited.map((i) => ({ id: i.id ?? null, title: i.title, text: i.text, unitCode: i.unitCode ?? null }));
}

export function toView(b: BriefingEntity): BriefingView {
  return {
    id: b.id,
    year: b.year,
    number: b.number,
    issue: issueOf(b),
    title: b.title,
    status: b.status as BriefingView['status'],
    ...b.content,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
    publishedAt: b.publishedAt ? b.publishedAt.toISOString() : null,
    noticesSent: b.noticesSent,
  };
}
