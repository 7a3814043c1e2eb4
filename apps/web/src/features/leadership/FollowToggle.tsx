import { StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';

import { mattersApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';

// 关注 / 取消关注 on the leadership matter page. The page re-keys it on each new snapshot of the matter.
export function FollowToggle({ matterId, followed }: { matterId: string; followed: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [on, setOn] = useState(followed);
  const [busy, setBusy] = useState(false);
  const toggle = async (): Promise<void> => {
    setBusy(true);
    try {
      const view = on ? await mattersApi.unfollow(matterId) : await mattersApi.follow(matterId);
      setOn(view.followed);
      void message.success(t(view.followed ? 'follow.followed' : 'follow.unfollowed'));
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={t('follow.hint')}>
      <Button
        icon={on ? <StarFilled /> : <StarOutlined />}
        loading={busy}
        onClick={() => void toggle()}
        data-testid="follow-toggle"
        data-followed={on ? 'true' : 'false'}
      >
        {on ? t('follow.unfollow') : t('follow.button')}
      </Button>
    </Tooltip>
  );
}
