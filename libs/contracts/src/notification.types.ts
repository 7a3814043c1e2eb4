// Notifications: the in-app inbox, notification preferences and the daily e-mail digest.

// assignment · rerouted · submitted · returned · instruction · extension · closed · cancelled · escalation ·
// followed (a unit answered on a matter the reader follows) · draft (inside a unit: a liaison's draft waits for the
// leader, or the leader returned it)
export type NotificationKind =
  | 'followed'
  | 'assignment'
  | 'rerouted'
  | 'submitted'
  | 'returned'
  | 'instruction'
  | 'extension'
  | 'closed'
  | 'cancelled'
  | 'escalation'
  | 'draft'
  // 申诉: a unit contested a charge (to the office), the office decided (to the unit).
  | 'contest';

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  matterId: string | null;
  // Addressed to the person ('user') or to their unit as a whole ('unit').
  audience: 'user' | 'unit';
  unitCode: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCounts {
  mine: number;
  unit: number;
}

export interface NotificationPageView {
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
  unread: UnreadCounts;
}

export interface NotificationPreferencesView {
  // Collect outbound notices into one message a day (08:00) instead of one per notice.
  dailyDigest: boolean;
  email: string | null;
}
