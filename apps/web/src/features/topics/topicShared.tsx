import type { MeetingStatus, TopicStatus, TopicView } from '@app/contracts';
import { Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';

import type { MeetingKind, MeetingView } from '../../api/endpoints';
import { officeApi } from '../../api/endpoints';
import { formatDate } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAsync } from '../../shared/useAsync';

const STATUS_COLOR: Record<TopicStatus, string> = {
  proposed: 'processing',
  accepted: 'success',
  deferred: 'warning',
  declined: 'error',
  discussed: 'purple',
};

// The web imports only types from @app/contracts (its index pulls in Temporal code at run time): the statuses in
// their life-cycle order, kept complete by STATUS_COLOR's Record type.
export const TOPIC_STATUSES = Object.keys(STATUS_COLOR) as TopicStatus[];

// The meeting kinds of the API (apps/api/src/meetings/dto/meeting.dto.ts), in the order the form offers them.
export const MEETING_KINDS: readonly MeetingKind[] = ['plenary', 'ad_hoc', 'liaison'];

// Awaiting the office's decision: the office page's default filter (待决定).
export const PENDING_STATUSES: readonly TopicStatus[] = ['proposed', 'deferred'];

export function isTopicStatus(value: unknown): value is TopicStatus {
  return typeof value === 'string' && (TOPIC_STATUSES as readonly string[]).includes(value);
}

export function isMeetingKind(value: unknown): value is MeetingKind {
  return typeof value === 'string' && (MEETING_KINDS as readonly string[]).includes(value);
}

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="topic-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`topics.status.${status}`)}
    </Tag>
  );
}

export function meetingKindLabel(t: Translate, kind: string | null | undefined): string {
  return isMeetingKind(kind) ? t(`office.meetingKind.${kind}`) : t('topics.anyMeeting');
}

// The list endpoint returns each meeting's status even though MeetingView does not declare it.
export type ListedMeeting = MeetingView & { status?: MeetingStatus };

export function meetingLabel(t: Translate, lang: Lang, m: MeetingView): string {
  return `${meetingKindLabel(t, m.kind)} · ${m.title} · ${formatDate(m.heldOn, lang)}`;
}

// The meetings topics can be on (a page of up to 200, newest first): a name for each id, and the planned ones,
// whose agendas are still open.
export function useMeetings() {
  const { t, lang } = useI18n();
  const state = useAsync(() => officeApi.meetings(1, 200), []);
  const byId = useMemo(() => new Map((state.data?.items ?? []).map((m) => [m.id, m as ListedMeeting])), [state.data]);
  const planned = useMemo(
    () => [...byId.values()].filter((m) => m.status === 'planned').sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
    [byId],
  );
  const nameOf = useCallback(
    (id: string) => {
      const m = byId.get(id);
      return m ? meetingLabel(t, lang, m) : t('topics.meetingUnknown', { id: id.slice(0, 8) });
    },
    [byId, t, lang],
  );
  return { planned, nameOf, loading: state.loading, error: state.error, reload: state.reload };
}

// Where a topic stands on an agenda: "meeting (item n)", or a dash.
export function placementOf(t: Translate, topic: TopicView, nameOf: (id: string) => string): string {
  if (!topic.meetingId) {
    return '—';
  }
  return topic.agendaOrder
    ? t('topics.meetingOrder', { meeting: nameOf(topic.meetingId), n: topic.agendaOrder })
    : nameOf(topic.meetingId);
}

// The title, which opens the topic; wrapped rather than stretched, with the status under it on a phone (where the
// status column is hidden).
export function TopicTitleCell({ topic, narrow, onOpen }: { topic: TopicView; narrow: boolean; onOpen: () => void }) {
  return (
    <div style={{ minWidth: 160, maxWidth: 420, whiteSpace: 'normal' }}>
      <Typography.Link onClick={onOpen} data-testid="topic-open">
        {topic.title}
      </Typography.Link>
      {narrow ? (
        <div style={{ marginTop: 4 }}>
          <TopicStatusTag status={topic.status} />
        </div>
      ) : null}
    </div>
  );
}
