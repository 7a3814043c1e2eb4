import type {
  DailyDigestResult,
  EscalationNotice,
  EscalationNoticeResult,
  NotificationActivities,
} from '@app/contracts';
import type { NotificationWriter } from '@app/database';

export interface NotificationActivityFunctions extends NotificationActivities {
  sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult>;
}

// Built from the worker's NotificationWriter; the worker registers the returned functions.
export function createNotificationActivities(
  writer: Pick<NotificationWriter, 'escalation' | 'sendDailyDigests'>,
): NotificationActivityFunctions {
  return {
    // Writes the inbox rows of one escalation (and allocates a 督办 number) once per notice key.
    sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult> {
      return writer.escalation(input, new Date());
    },

    sendDailyDigests(): Promise<DailyDigestResult> {
      return writer.sendDailyDigests(new Date());
    },
  };
}
