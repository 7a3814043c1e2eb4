import type { EscalationNotice, EscalationNoticeResult } from '@app/contracts';
import type { DailyDigestSender, NotificationWriter } from '@app/notifications';
import type { DailyDigestResult, NotificationActivities } from '@app/workflow-api';

export interface NotificationActivityFunctions extends NotificationActivities {
  sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult>;
}

// Built from the worker's notification providers; the worker registers the returned functions.
export function createNotificationActivities(
  writer: Pick<NotificationWriter, 'escalation'>,
  digests: Pick<DailyDigestSender, 'sendDailyDigests'>,
): NotificationActivityFunctions {
  return {
    // Writes the inbox rows of one escalation (and allocates a 督办 number) once per notice key, and queues its
    // e-mail; the worker's outbox sweeper sends it.
    sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult> {
      return writer.escalation(input, new Date());
    },

    sendDailyDigests(): Promise<DailyDigestResult> {
      return digests.sendDailyDigests(new Date());
    },
  };
}
