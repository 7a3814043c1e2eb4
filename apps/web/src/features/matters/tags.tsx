import type {
  AssignmentStatus,
  EscalationLevel,
  MatterLight,
  MatterPriority,
  MatterStatus,
  MatterSummary,
} from '@app/contracts';
import { Badge, Tag, Tooltip } from 'antd';

import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { formatDay } from '@web/shared/dates';

const MATTER_STATUS_COLOR: Record<MatterStatus, string> = {
  in_progress: 'processing',
  awaiting_verification: 'purple',
  closed: 'success',
  cancelled: 'default',
};

const ASSIGNMENT_STATUS_COLOR: Record<AssignmentStatus, string> = {
  awaiting_ack: 'orange',
  in_progress: 'processing',
  decline_requested: 'gold',
  contributed: 'cyan',
  submitted: 'purple',
  returned: 'red',
  completed: 'success',
  not_done: 'error',
  withdrawn: 'default',
  cancelled: 'default',
};

const LIGHT_STATUS: Record<MatterLight, 'success' | 'warning' | 'error' | 'default'> = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
  none: 'default',
};

const PRIORITY_COLOR: Record<MatterPriority, string> = { normal: 'default', high: 'orange', urgent: 'red' };

const ESCALATION_COLOR: Record<EscalationLevel, string> = {
  reminder: 'blue',
  urging: 'orange',
  supervision: 'volcano',
  report: 'red',
};

// The one status word of a matter, wherever it is shown (the board, the lists, the matter page's header): 待签收
// while no unit has signed for an open matter, else its status (办理中, 待核验, 已办结, 已撤销).
export function matterStatusWord(t: Translate, m: Pick<MatterSummary, 'status' | 'awaitingAck'>): string {
  return m.awaitingAck && m.status === 'in_progress' ? t('board.status.awaitingAck') : t(`matterStatus.${m.status}`);
}

export function MatterStatusTag({ matter }: { matter: Pick<MatterSummary, 'status' | 'awaitingAck'> }) {
  const { t } = useI18n();
  const color = matter.awaitingAck && matter.status === 'in_progress' ? 'orange' : MATTER_STATUS_COLOR[matter.status];
  return (
    <Tag color={color} data-testid="matter-status-word">
      {matterStatusWord(t, matter)}
    </Tag>
  );
}

// 期限暂定, only on a matter whose due date really is provisional, with why in its tooltip.
export function ProvisionalTag({
  matter,
}: {
  matter: Pick<MatterSummary, 'dueDate' | 'effectiveDueDate' | 'deadlineProvisionalWhy'>;
}) {
  const { t, lang } = useI18n();
  const why = matter.deadlineProvisionalWhy;
  if (!why) {
    return null;
  }
  const text = t('matter.provisionalWhy', {
    n: why.shiftedWorkingDays,
    due: formatDay(matter.dueDate, lang),
    date: formatDay(matter.effectiveDueDate ?? matter.dueDate, lang),
    years: why.years.join(lang === 'zh' ? '、' : ', '),
  });
  return (
    <Tooltip title={text}>
      <Tag color="warning" data-testid="provisional-flag" aria-label={text}>
        {t('office.tag.provisional')}
      </Tag>
    </Tooltip>
  );
}

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={ASSIGNMENT_STATUS_COLOR[status]} data-testid="assignment-status">
      {t(`assignmentStatus.${status}`)}
    </Tag>
  );
}

export function LightBadge({ light }: { light: MatterLight }) {
  const { t } = useI18n();
  if (light === 'none') {
    return null;
  }
  return <Badge status={LIGHT_STATUS[light]} text={t(`light.${light}`)} />;
}

export function PriorityTag({ priority }: { priority: MatterPriority }) {
  const { t } = useI18n();
  return priority === 'normal' ? null : <Tag color={PRIORITY_COLOR[priority]}>{t(`priority.${priority}`)}</Tag>;
}

export function EscalationTag({ level }: { level: EscalationLevel }) {
  const { t } = useI18n();
  return <Tag color={ESCALATION_COLOR[level]}>{t(`escalation.${level}`)}</Tag>;
}
