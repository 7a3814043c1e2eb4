import { randomUUID } from 'node:crypto';

import type {
  AssignmentHandler,
  EscalationNotice,
  EscalationNoticeResult,
  MatterEvent,
  MatterState,
} from '@app/contracts';
import type { NewNotification, NoticeNumberRepository, NotificationRepository } from '@app/database';
import type { UnitNames } from '@app/domain';
import { shanghaiDate, UnitDirectory } from '@app/domain';

import type { NoticeText } from './notification-texts';
import { escalationText, followedText, formatNoticeNo } from './notification-texts';
import type { OutboundQueue } from './outbound-queue';
import type { FollowerDirectory, Recipient, RecipientDirectory, RosterRouting, Target } from './recipients';
import {
  EVENT_TARGETS,
  NO_ROUTING,
  escalationTarget,
  followerRecipients,
  peopleFor,
  resolve,
  toNotified,
} from './recipients';
import type { RosterRouter } from './roster-routing';

export type NotificationStore = Pick<NotificationRepository, 'insertMany'>;
export type NoticeNumbers = Pick<NoticeNumberRepository, 'allocate'>;
export type Outbound = Pick<OutboundQueue, 'enqueue'>;

// Builds inbox rows, once per source and recipient.
export function inboxRows(
  sourceKey: string,
  matterId: string | null,
  recipients: Recipient[],
  text: Pick<NoticeText, 'title' | 'body'> & { kind: string },
  now: Date,
): NewNotification[] {
  return recipients.map((r) => ({
    id: randomUUID(),
    sourceKey,
    recipientKey: r.key,
    userId: r.user ? r.user.id : null,
    unitCode: r.user ? r.user.unitCode : r.unitCode,
    kind: text.kind,
    title: text.title,
    body: text.body,
    matterId,
    createdAt: now,
  }));
}

// Whom the roster names for these targets, if a router is given and anyone is targeted.
export function routingOf(router: RosterRouter | undefined, targets: Target[], now: Date): Promise<RosterRouting> {
  return router && targets.length > 0 ? router.routingFor(targets, now) : Promise.resolve(NO_ROUTING);
}

// The handler (承办人) a unit named on its part of a matter; MatterReadRepository satisfies it.
export interface HandlerDirectory {
  handlerOf(matterId: string, unitCode: string): Promise<AssignmentHandler | null>;
}

// The member units' names as they stand now (UnitDirectoryLoader satisfies it).
export interface UnitNamesSource {
  load(): Promise<UnitNames>;
}
// The 21 units as the 2023 rules name them: for writers built without the directory (tests of other things).
const SEED_UNIT_NAMES: UnitNamesSource = { load: () => Promise.resolve(UnitDirectory.fromSeed()) };

// Writes a matter's notices into the inbox (once per source and recipient) and queues their e-mail in the
// outbox; it never talks to a mail server, so a slow one cannot hold the activity or the command behind it.
export class NotificationWriter {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly notifications: NotificationStore,
    private readonly notices: NoticeNumbers,
    private readonly outbound: Outbound,
    // Without it nobody is told as a follower (the writers of other notices need none).
    private readonly followers?: FollowerDirectory,
    // Without it the units' notices go to their role holders (the roster routes nothing).
    private readonly router?: RosterRouter,
    // Without it an escalation notice names no handler (承办人).
    private readonly handlers?: HandlerDirectory,
    // Units are named as the directory names them now (a renamed unit by its new name).
    private readonly units: UnitNamesSource = SEED_UNIT_NAMES,
  ) {}

  async escalation(n: EscalationNotice, now: Date): Promise<EscalationNoticeResult> {
    // A 督办 is a numbered notice from the office director to a unit; the key makes the number stable.
    let noticeNo: string | null = null;
    if (n.level === 'supervision' && !n.office && n.unitCode) {
      const year = Number(shanghaiDate(now).slice(0, 4));
      noticeNo = formatNoticeNo(year, await this.notices.allocate(n.key, year, n.matterId));
    }
    // The notice names the person who asked (a manual urge), not their login name.
    const byName =
      n.byUserId !== 'system' && this.directory.displayNameOf ? await this.directory.displayNameOf(n.byUserId) : null;
    const handler =
      n.unitCode && !n.office && this.handlers ? await this.handlers.handlerOf(n.matterId, n.unitCode) : null;
    const target = escalationTarget(n, escalationText(n, noticeNo, byName, handler, await this.units.load()));
    const recipients = resolve(
      target,
      await peopleFor(this.directory, [target]),
      await routingOf(this.router, [target], now),
    );
    await this.write(inboxRows(n.key, n.matterId, recipients, target.text, now), now);
    return { recipients: recipients.map(toNotified), noticeNo };
  }

  async forEvents(matter: MatterState, events: MatterEvent[], now: Date): Promise<number> {
    const names = await this.units.load();
    const targeted: [MatterEvent, Target[]][] = events.flatMap((e) => {
      const targets = EVENT_TARGETS[e.type];
      return targets ? [[e, targets(matter, e, names)] as [MatterEvent, Target[]]] : [];
    });
    const people =
      targeted.length > 0
        ? await peopleFor(
            this.directory,
            targeted.flatMap(([, t]) => t),
          )
        : [];
    const routing = await routingOf(
      this.router,
      targeted.flatMap(([, t]) => t),
      now,
    );
    const rows = targeted.flatMap(([event, targets]) =>
      targets.flatMap((t) =>
        inboxRows(`${event.matterId}:${event.seq}`, event.matterId, resolve(t, people, routing), t.text, now),
      ),
    );
    rows.push(...(await this.followerRows(matter, events, rows, now, names)));
    if (rows.length === 0) {
      return 0;
    }
    return (await this.write(rows, now)).length;
  }

  // A unit's answers and the matter's end, told to the people following it, keyed like the event's other notices.
  private async followerRows(
    matter: MatterState,
    events: MatterEvent[],
    others: NewNotification[],
    now: Date,
    names: UnitNames,
  ): Promise<NewNotification[]> {
    const told = events.flatMap((e) => {
      const text = followedText(matter, e, names);
      return text ? [{ e, text }] : [];
    });
    if (told.length === 0 || !this.followers) {
      return [];
    }
    const followers = await this.followers.followersOf(matter.matterId);
    return told.flatMap(({ e, text }) => {
      const source = `${e.matterId}:${e.seq}`;
      const reached = new Set(others.filter((r) => r.sourceKey === source).map((r) => r.recipientKey));
      return inboxRows(source, e.matterId, followerRecipients(followers, e, reached), text, now);
    });
  }

  // Every candidate row goes to the outbox, not only the new ones: a retry after the inbox write but before
  // the outbox write still queues the e-mail (the outbox is keyed by the stored inbox row).
  private async write(rows: NewNotification[], now: Date): Promise<NewNotification[]> {
    const fresh = await this.notifications.insertMany(rows);
    await this.outbound.enqueue(rows, now);
    return fresh;
  }
}
