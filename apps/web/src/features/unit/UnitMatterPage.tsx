import { Alert } from 'antd';

import { useUser } from '@web/auth/auth-context';
import { UnitCharges } from '@web/features/contests/UnitCharges';
import { Assignments } from '@web/features/matters/Assignments';
import { personNamed } from '@web/features/matters/EventTimeline';
import { buttonsFor } from '@web/features/matters/commands';
import { MatterFacts } from '@web/features/matters/MatterFacts';
import { MatterPage } from '@web/features/matters/MatterPage';
import { useI18n } from '@web/i18n/i18n-context';
import { BackLink } from '@web/shared/BackLink';
import { Notice } from '@web/shared/Notice';
import type { UnitAction } from './ActionDialog';
import { ActionDialog, DraftPendingNotice, DraftReturnNotice, returnedReport, UNIT_WORDING } from './ActionDialog';
import { ownAssignment } from './todos';

// A returned report's reason at the top of the page, not only in the timeline.
function ReturnedNotice({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <Notice
      type="warning"
      title={t('action.returnedReason')}
      description={<span data-testid="page-return-reason">{reason}</span>}
    />
  );
}

// A matter as its unit sees it: the facts, every unit's assignment with its own marked, the timeline, and the
// commands the unit may give now.
export function UnitMatterPage() {
  const { t } = useI18n();
  const user = useUser();
  const own = (m: Parameters<typeof ownAssignment>[0]) => (user.unitCode ? ownAssignment(m, user.unitCode) : undefined);
  return (
    <MatterPage<UnitAction>
      view={{
        back: (
          <BackLink to="/unit" testId="back-to-todos">
            {t('matter.back')}
          </BackLink>
        ),
        bar: { testId: 'action-bar', none: { text: t('matter.noActions') } },
        buttons: (m) =>
          buttonsFor(m.allowedActions, UNIT_WORDING, (w) => ({
            label: t(`action.${w.action}`),
            testId: `action-${w.action}`,
          })),
        main: (m, reload) => (
          <>
            {own(m)?.status === 'returned' ? <ReturnedNotice reason={returnedReport(m)?.reason ?? ''} /> : null}
            <DraftPendingNotice matter={m} />
            <DraftReturnNotice matter={m} testId="page-draft-return-note" />
            <MatterFacts matter={m} />
            {own(m) ? null : <Alert type="info" showIcon title={t('matter.notMine')} />}
            <Assignments assignments={m.assignments} people={(u) => personNamed(m.events, u)} own={user.unitCode} />
            {user.unitCode ? <UnitCharges matter={m} unitCode={user.unitCode} onChanged={reload} /> : null}
          </>
        ),
        dialog: (action, m, close, done) => (
          <ActionDialog action={action} matter={m} percent={own(m)?.percent ?? 0} onClose={close} onDone={done} />
        ),
      }}
    />
  );
}
