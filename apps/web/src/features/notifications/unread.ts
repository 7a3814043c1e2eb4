import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';

import { notificationsApi } from '@web/api/endpoints';

const CHANGED = 'wuhua-jc:notifications-changed';

// The inbox page calls this after marking notices read, so the header's badge follows at once.
export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

// A matter was opened: its notices to this person (and their unit) are read. Best effort: a failure leaves them
// unread, which the inbox still shows.
export function readNoticesOn(matterId: string): void {
  notificationsApi.markMatterRead(matterId).then(announceNotificationsChanged, () => undefined);
}

// Unread notices (to the person and to their unit); re-read on every navigation and after the inbox changes.
export function useUnreadCount(enabled: boolean): number {
  const location = useLocation();
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    window.addEventListener(CHANGED, bump);
    return () => window.removeEventListener(CHANGED, bump);
  }, []);

  useEffect(() => {
    if (!enabled) {
      return;
    }
    let live = true;
    notificationsApi.list({ unread: true, pageSize: 1 }).then(
      (page) => live && setCount(page.unread.mine + page.unread.unit),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, location.pathname, tick]);

  return count;
}
