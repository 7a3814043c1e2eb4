import type { ContestEventType, MatterEventView } from '@app/contracts';
import { Button, Empty, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { formatDateTime } from '@web/shared/dates';
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

// The person by name (the login name when the API knows no name for it).
export const personOf = (e: Pick<MatterEventView, 'actorUserId' | 'actorName'>): string => e.actorName ?? e.actorUserId;

// A login name by the name the matter's timeline gives it (the events carry the people's names), else as it is:
// for the people a matter names outside its timeline (who dispatched it, who reported progress).
export function personNamed(events: readonly MatterEventView[], login: string): string {
  return events.find((e) => e.actorUserId === login && e.actorName)?.actorName ?? login;
}

// What the system did on its own account: plans, clock pauses, lights and the ladder's escalations (a manual urge
// is the office's own step). Some are recorded under the command that caused them; they are still the system's.
const SYSTEM_TYPES = new Set([
  'supervision.clock_started',
  'supervision.clock_paused',
  'supervision.clock_resumed',
  'supervision.deadlines_set',
  'supervision.light_changed',
]);
export const isSystemEvent = (e: MatterEventView): boolean =>
  e.contestId === undefined && (e.actorRole === 'system' || SYSTEM_TYPES.has(e.type));

function actorOf(t: Translate, e: MatterEventView, unitName: UnitName): string {
  if (isSystemEvent(e)) {
    return t('timeline.actorSystem');
  }
  switch (e.actorRole) {
    case 'unit':
      return `${unitName(e.actorUnitCode)} · ${personOf(e)}`;
    case 'office':
      return `${t('timeline.actorOffice')} · ${personOf(e)}`;
    case 'leadership':
      return `${t('timeline.actorLeadership')} · ${personOf(e)}`;
    default:
      return personOf(e);
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
    case 'assignment.draft_prepared':
      lines.push(str(d.summary) ?? '');
      break;
    case 'assignment.handler_named':
      lines.push(
        str(d.phone)
          ? t('timeline.handlerPhone', { name: str(d.name) ?? '', phone: str(d.phone) ?? '' })
          : t('timeline.handler', { name: str(d.name) ?? '' }),
      );
      break;
    case 'matter.closed':
      if (Array.isArray(d.notDoneUnitCodes) && d.notDoneUnitCodes.length > 0) {
        lines.push(t('timeline.notDone', { units: d.notDoneUnitCodes.map((c) => unitName(str(c))).join('、') }));
      }
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

// A person's step with the system records that followed it (its plan, pauses, lights, escalations), up to the
// next person's step.
export interface TimelineStep {
  event: MatterEventView;
  system: MatterEventView[];
}

// Folds every system record under the person's step before it (the command that caused it, or the last step
// before a timer fired); records before any person's step stand on their own.
export function foldSystemEvents(events: MatterEventView[]): TimelineStep[] {
  const steps: TimelineStep[] = [];
  for (const e of events) {
    const last = steps[steps.length - 1];
    if (isSystemEvent(e) && last) {
      last.system.push(e);
    } else {
      steps.push({ event: e, system: [] });
    }
  }
  return steps;
}

function EventEntry({ e, system }: { e: MatterEventView; system?: boolean }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  return (
    <div
      data-testid="timeline-event"
      data-event-type={e.type}
      data-actor={e.actorUserId}
      data-system={String(Boolean(system))}
    >
      <Typography.Text strong={!system}>{eventLabel(t, e)}</Typography.Text>
      {e.unitCode && e.actorRole !== 'unit' ? (
        <Typography.Text type="secondary"> · {unitName(e.unitCode)}</Typography.Text>
      ) : null}
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
        {formatDateTime(e.at, lang)} · <span data-testid="timeline-actor">{actorOf(t, e, unitName)}</span>
      </div>
      {detailsOf(t, lang, e, unitName).map((line, i) => (
        <Typography.Paragraph key={i} style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
          {line}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

// A person's step, and the system records under it behind 另有 N 条系统记录 (opened on a click).
function StepEntry({ step }: { step: TimelineStep }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const n = step.system.length;
  const escalations = step.system.filter((e) => e.type === 'supervision.escalated').length;
  return (
    <div data-testid="timeline-step">
      <EventEntry e={step.event} system={isSystemEvent(step.event)} />
      {n > 0 ? (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto' }}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          data-testid="timeline-folded-toggle"
          data-count={n}
        >
          {open
            ? t('timeline.foldSystem')
            : escalations > 0
              ? t('timeline.moreSystemWithEscalations', { n, k: escalations })
              : t('timeline.moreSystem', { n })}
        </Button>
      ) : null}
      {open ? (
        <div
          data-testid="timeline-folded"
          style={{ borderLeft: '2px solid #f0f0f0', paddingLeft: 8, marginTop: 4, display: 'grid', gap: 6 }}
        >
          {step.system.map((e) => (
            <EventEntry key={e.seq} e={e} system />
          ))}
        </div>
      ) : null}
    </div>
  );
}

// The append-only record of a matter, oldest first, in the person's language: the people's steps, each with the
// system records it caused folded under it.
export function EventTimeline({ events }: { events: MatterEventView[] }) {
  const { t } = useI18n();
  if (events.length === 0) {
    return <Empty description={t('timeline.empty')} />;
  }
  const items = foldSystemEvents(withoutRepeatedPlans(events)).map((step) => {
    const e = step.event;
    const content: ReactNode = <StepEntry step={step} />;
    return { key: e.contestId ? `${e.type}:${e.contestId}` : e.seq, color: eventColor(e.type), content };
  });
  return <Timeline items={items} />;
}
