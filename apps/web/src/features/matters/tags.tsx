import type { AssignmentStatus, EscalationLevel, MatterLight, MatterPriority, MatterStatus } from '@app/contracts';
import { Badge, Tag } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';

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

export function MatterStatusTag({ status }: { status: MatterStatus }) {
  const { t } = useI18n();
  return <Tag color={MATTER_STATUS_COLOR[status]}>{t(`matterStatus.${status}`)}</Tag>;
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
