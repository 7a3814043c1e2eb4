import { unitRecipient } from '@app/database';
import type { CampaignNotice } from '@app/workflow-api';

import type { NotificationStore, Outbound } from './notification-writer';
import { inboxRows, routingOf } from './notification-writer';
import { campaignNoticeText } from './notification-texts';
import type { RecipientDirectory } from './recipients';
import { campaignTarget, peopleFor, resolve } from './recipients';
import type { RosterRouter } from './roster-routing';

// Any inbox text (a briefing's kind is its own).
export interface InboxText {
  kind: string;
  title: string;
  body: string;
}

// Inbox rows for campaigns and briefings: keyed by (source, recipient), so a retried activity writes once. With
// an outbound queue, the personal rows of a campaign notice also go out as e-mail like a matter's escalations
// do (those who asked for the daily digest get them there).
export class CampaignNoticeWriter {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly notifications: NotificationStore,
    private readonly outbound?: Outbound,
    private readonly router?: RosterRouter,
  ) {}

  async campaignNotice(n: CampaignNotice, unitName: string, now: Date): Promise<number> {
    const target = campaignTarget(n, campaignNoticeText(n, unitName));
    const people = await peopleFor(this.directory, [target]);
    const recipients = resolve(target, people, await routingOf(this.router, [target], now));
    const rows = inboxRows(n.key, null, recipients, target.text, now);
    await this.notifications.insertMany(rows);
    await this.outbound?.enqueue(rows, now);
    return rows.length;
  }

  // One unit-addressed row per unit (a published briefing goes to every member unit).
  async toUnits(sourceKey: string, unitCodes: string[], text: InboxText, now: Date): Promise<number> {
    const units = unitCodes.map((code) => ({ key: unitRecipient(code), unitCode: code }));
    const rows = inboxRows(sourceKey, null, units, text, now);
    await this.notifications.insertMany(rows);
    return rows.length;
  }
}
