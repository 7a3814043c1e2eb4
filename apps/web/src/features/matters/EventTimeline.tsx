import type { ContestEventType, MatterEventView } from '@app/contracts';
import { Empty, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';

import { formatDateTime } from '@web/i18n/format';
import { formatDay } from '@web/shared/dates';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import type { Lang } from '@web/i18n/i18n-context';
import { isBreachReason, isEscalationLevel, isMatterEventType, isMatterLight } from './constants';
import { useUnitNames } from './useUnitNames';

type UnitName = (code: string | null | undefined) => string;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

// The label of an event: its type in words, or for an escalation its level (提醒, 催办, 督办, 通报).
export function eventLabel(t: Translate, e: MatterEventView): string {
  if (e.type === 'supervision.escalated' && isEscalationLevel(e.data.level)) {
    return t(`escalation.${e.data.level}`);
  }
  if (isContestEventType(e.type)) {
    return t(`event.${e.type}`);
  }
  return isMatterEventType(e.type) ? t(`event.${e.type}`) : t('event.unknown');
}

// 申诉: a contest's steps, merged into the timeline by the API (marked with their contestId).
const CONTEST_TYPES: readonly ContestEventType[] = ['contest.filed', 'contest.accepted', 'contest.rejected'];
const isContestEventType = (type: string): type is ContestEventType =>
  (CONTEST_TYPES as readonly string[]).includes(type);

function eventColor(type: string): string {
  if (type === 'contest.filed') {
    return 'orange';
  }
  if (type === 'contest.accepted') {
    return 'green';
  }
  if (type.startsWith('supervision.escalated') || type === 'matter.completion_returned') {
    return 'red';
  }
  if (type === 'matter.closed' || type === 'assignment.acknowledged') {
    return 'green';
  }
  if (type.startsWith('supervision.')) {
    return 'gray';
  }
  return 'blue';
}

function actorOf(t: Translate, e: MatterEventView, unitName: UnitName): string {
  switch (e.actorRole) {
    case 'system':
      return t('timeline.actorSystem');
    case 'unit':
      return `${unitName(e.actorUnitCode)} · ${e.actorUserId}`;
    case 'office':
      return `${t('timeline.actorOffice')} · ${e.actorUserId}`;
    case 'leadership':
      return `${t('timeline.actorLeadership')} · ${e.actorUserId}`;
    default:
      return e.actorUserId;
  }
}

// The facts of an event worth a line: what was reported, moved or decided.
function detailsOf(t: Translate, lang: Lang, e: MatterEventView, unitName: UnitName): string[] {
  const d = e.data;
  const lines: string[] = [];
  switch (e.type) {
    case 'matter.dispatched': {
      const co = Array.isArray(d.coUnitCodes) ? d.coUnitCodes.map((c) => unitName(str(c))).join('、') : '';
      lines.push(t('timeline.units', { lead: unitName(str(d.leadUnitCode)), co: co || t('common.none') }));
      if (str(d.dueDate)) {
        lines.push(t('timeline.dueDate', { date: formatDay(str(d.dueDate), lang) }));
      }
      break;
    }
    case 'assignment.progress_reported':
      lines.push(str(d.text) ?? '', t('timeline.percent', { n: Number(d.percent ?? 0) }));
      break;
    case 'assignment.contributed':
    case 'matter.instruction_given':
      lines.push(str(d.text) ?? '');
      break;
    case 'matter.completion_submitted':
      lines.push(str(d.summary) ?? '');
      break;
    case 'matter.completion_returned':
      if (typeof d.returnCount === 'number') {
        lines.push(t('timeline.returnCount', { n: d.returnCount }));
      }
      break;
    case 'assignment.rerouted':
      lines.push(t('timeline.rerouted', { from: unitName(str(d.fromUnitCode)), to: unitName(str(d.toUnitCode)) }));
      break;
    case 'matter.lead_reassigned':
      lines.push(t('timeline.leadChanged', { from: unitName(str(d.fromUnitCode)), to: unitName(str(d.toUnitCode)) }));
      break;
    case 'matter.extension_requested':
    case 'matter.extension_refused':
      lines.push(t('timeline.requestedDueDate', { date: formatDay(str(d.requestedDueDate), lang) }));
      break;
    case 'matter.extension_approved':
      lines.push(
        t('timeline.dueChanged', {
          from: formatDay(str(d.previousDueDate), lang),
          to: formatDay(str(d.dueDate), lang),
        }),
      );
      break;
    case 'supervision.deadlines_set':
      if (str(d.effectiveDueDate)) {
        lines.push(t('timeline.dueDate', { date: formatDay(str(d.effectiveDueDate), lang) }));
      }
      break;
    case 'supervision.light_changed':
      if (isMatterLight(d.from) && isMatterLight(d.to)) {
        lines.push(t('timeline.lightChanged', { from: t(`light.${d.from}`), to: t(`light.${d.to}`) }));
      }
      break;
    case 'supervision.escalated':
      if (isEscalationLevel(d.level) && isBreachReason(d.reason)) {
        lines.push(t('timeline.escalated', { level: t(`escalation.${d.level}`), reason: t(`breach.${d.reason}`) }));
      }
      if (str(d.noticeNo)) {
        lines.push(t('timeline.noticeNo', { no: str(d.noticeNo) ?? '' }));
      }
      break;
    case 'contest.filed':
      if (Array.isArray(d.attachments) && d.attachments.length > 0) {
        lines.push(t('timeline.attachments', { names: d.attachments.map(String).join('、') }));
      }
      break;
    default:
      break;
  }
  if (e.reason) {
    lines.push(t('timeline.reason', { text: e.reason }));
  }
  return lines.filter(Boolean);
}

// The workflow re-plans its deadlines after every command; a re-plan that leaves the due date where it was
// tells the reader nothing, so only the first plan and real changes are shown.
function withoutRepeatedPlans(events: MatterEventView[]): MatterEventView[] {
  let lastDue: unknown;
  return events.filter((e) => {
    if (e.type !== 'supervision.deadlines_set') {
      return true;
    }
    const due = e.data.effectiveDueDate;
    const changed = due !== lastDue;
    lastDue = due;
    return changed;
  });
}

// The append-only record of a matter, oldest first, in the person's language.
export function EventTimeline({ events }: { events: MatterEventView[] }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  if (events.length === 0) {
    return <Empty description={t('timeline.empty')} />;
  }
  const items = withoutRepeatedPlans(events).map((e) => {
    const content: ReactNode = (
      <div data-testid="timeline-event" data-event-type={e.type}>
        <Typography.Text strong>{eventLabel(t, e)}</Typography.Text>
        {e.unitCode && e.actorRole !== 'unit' ? (
          <Typography.Text type="secondary"> · {unitName(e.unitCode)}</Typography.Text>
        ) : null}
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
          {formatDateTime(e.at, lang)} · {actorOf(t, e, unitName)}
        </div>
        {detailsOf(t, lang, e, unitName).map((line, i) => (
          <Typography.Paragraph key={i} style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
            {line}
          </Typography.Paragraph>
        ))}
      </div>
    );
    return { key: e.contestId ? `${e.type}:${e.contestId}` : e.seq, color: eventColor(e.type), content };
  });
  return <Timeline items={items} />;
}
