import type { MatterAssignmentSummary } from '@app/contracts';

import type { Translate } from '@web/i18n/i18n-context';

// The words of a unit's state on a matter: 未签收 N 日, 办理中, 已配合, 已报结, 已办结, 未完成.
export function unitStateWords(t: Translate, u: MatterAssignmentSummary): string {
  if (u.state === 'unsigned') {
    return u.days === null ? t('board.unitState.unsigned') : t('board.unitState.unsignedDays', { n: u.days });
  }
  return t(`board.unitState.${u.state}`);
}
