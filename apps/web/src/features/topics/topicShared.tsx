import type { MeetingStatus, TopicStatus, TopicView } from '@app/contracts';
import { Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { meetingRecordsApi } from '../../api/conference';
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

// The meetings topics can be on: the planned ones (their agendas still open, from GET /api/meetings?status=planned),
// soonest first, and a name for any meeting a topic or its history names. A meeting that is not planned (a held one,
// where a topic was discussed) is read once by its id, when first named.
export function useMeetings() {
  const { t, lang } = useI18n();
  const state = useAsync(() => meetingRecordsApi.list({ status: 'planned', page: 1, pageSize: 200 }), []);
  const [others, setOthers] = useState<ReadonlyMap<string, MeetingView>>(new Map());
  const [wanted, setWanted] = useState<readonly string[]>([]);
  const asked = useRef(new Set<string>());
  const byId = useMemo(() => new Map((state.data?.items ?? []).map((m) => [m.id, m as ListedMeeting])), [state.data]);
  const planned = useMemo(() => [...byId.values()].sort((a, b) => a.heldOn.localeCompare(b.heldOn)), [byId]);

  useEffect(() => {
    for (const id of wanted) {
      officeApi.meeting(id).then(
        (m) => setOthers((prev) => new Map(prev).set(id, m)),
        () => undefined, // a deleted meeting keeps its short id as its name
      );
    }
  }, [wanted]);

  const nameOf = useCallback(
    (id: string) => {
      const m = byId.get(id) ?? others.get(id);
      if (m) {
        return meetingLabel(t, lang, m);
      }
      // Asked for after the planned list has loaded (it names most), once per id.
      if (state.data && !asked.current.has(id)) {
        asked.current.add(id);
        queueMicrotask(() => setWanted([id]));
      }
      return t('topics.meetingUnknown', { id: id.slice(0, 8) });
    },
    [byId, others, state.data, t, lang],
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
