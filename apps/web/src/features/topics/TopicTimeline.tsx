import type { TopicEventType, TopicEventView } from '@app/contracts';
import { Empty, Timeline, Typography } from 'antd';

import { formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { useUnitNames } from '../matters/useUnitNames';
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

function actorOf(t: Translate, e: TopicEventView, unitName: (code: string | null) => string): string {
  switch (e.actorRole) {
    case 'unit':
      return `${unitName(e.actorUnitCode)} · ${e.actorUserId}`;
    case 'office':
      return `${t('topics.event.actorOffice')} · ${e.actorUserId}`;
    case 'leadership':
      return `${t('topics.event.actorLeadership')} · ${e.actorUserId}`;
    case 'system':
      return t('topics.event.actorSystem');
    default:
      return e.actorUserId;
  }
}

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
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  if (events.length === 0) {
    return <Empty description={t('topics.detail.noEvents')} />;
  }
  const items = events.map((e, i) => ({
    key: `${e.at}-${i}`,
    color: isEventType(e.type) ? COLOR[e.type] : 'gray',
    content: (
      <div data-testid="topic-event" data-event-type={e.type} data-actor={e.actorUserId}>
        <Typography.Text strong>
          {isEventType(e.type) ? t(`topics.event.${e.type}`) : t('topics.event.unknown')}
        </Typography.Text>
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
          {formatDateTime(e.at, lang)} · {actorOf(t, e, unitName)}
        </div>
        {detailsOf(t, e, meetingName).map((line, n) => (
          <Typography.Paragraph key={n} style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
            {line}
          </Typography.Paragraph>
        ))}
      </div>
    ),
  }));
  return <Timeline items={items} />;
}
