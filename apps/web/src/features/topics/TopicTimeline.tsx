import type { TopicEventType, TopicEventView } from '@app/contracts';

import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { describeActor, EventTimeline } from '@web/shared/EventTimeline';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { isTopicStatus } from './topicShared';

const EVENT_TYPES: readonly TopicEventType[] = [
  'topic.proposed',
  'topic.accepted',
  'topic.deferred',
  'topic.declined',
  'topic.discussed',
];

const COLOR: Record<TopicEventType, string> = {
  'topic.proposed': 'blue',
  'topic.accepted': 'green',
  'topic.deferred': 'orange',
  'topic.declined': 'red',
  'topic.discussed': 'purple',
};

const isEventType = (v: string): v is TopicEventType => (EVENT_TYPES as readonly string[]).includes(v);

// What the decision did: where the topic went, from which state, and the office's words.
function detailsOf(t: Translate, e: TopicEventView, meetingName: (id: string) => string): string[] {
  const d = e.data;
  const lines: string[] = [];
  if (typeof d.meetingId === 'string' && d.meetingId) {
    lines.push(t('topics.event.meeting', { meeting: meetingName(d.meetingId), n: Number(d.agendaOrder ?? 0) || '—' }));
  }
  if (typeof d.previousMeetingId === 'string' && d.previousMeetingId) {
    lines.push(t('topics.event.previousMeeting', { meeting: meetingName(d.previousMeetingId) }));
  }
  if (e.type !== 'topic.proposed' && isTopicStatus(d.from)) {
    lines.push(t('topics.event.from', { status: t(`topics.status.${d.from}`) }));
  }
  if (e.reason) {
    lines.push(t('topics.event.reason', { text: e.reason }));
  }
  return lines;
}

// Every change of a topic, oldest first: what, when, who and why.
export function TopicTimeline(props: { events: TopicEventView[]; meetingName: (id: string) => string }) {
  const { events, meetingName } = props;
  const { t } = useI18n();
  const unitName = useUnitNames();
  const labels = {
    office: t('topics.event.actorOffice'),
    leadership: t('topics.event.actorLeadership'),
    system: t('topics.event.actorSystem'),
  };
  return (
    <EventTimeline
      events={events}
      testId="topic-event"
      emptyText={t('topics.detail.noEvents')}
      title={(e) => (isEventType(e.type) ? t(`topics.event.${e.type}`) : t('topics.event.unknown'))}
      color={(e) => (isEventType(e.type) ? COLOR[e.type] : 'gray')}
      actor={(e) => describeActor(e, labels, unitName)}
      details={(e) => detailsOf(t, e, meetingName)}
    />
  );
}
