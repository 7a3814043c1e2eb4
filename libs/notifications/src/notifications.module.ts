import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import {
  MatterFollowRepository,
  MatterReadRepository,
  NoticeNumberRepository,
  NotificationOutboxRepository,
  NotificationRepository,
  RosterRepository,
  timeProfileFromEnv,
  UnitDirectoryLoader,
  UserRepository,
} from '@app/database';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { CampaignNoticeWriter } from './campaign-notices';
import { DailyDigestSender } from './digest-sender';
import { NotificationWriter } from './notification-writer';
import type { OutboundChannel } from './outbound-channel';
import { channelFromEnv, NoopChannel } from './outbound-channel';
import { OutboundQueue } from './outbound-queue';
import { OutboxSweeper } from './outbox-sweeper';
import { RosterRouter } from './roster-routing';

// The outbound channel (e-mail, or none) configured by SMTP_URL; a district's SMS gateway replaces it here.
export const OUTBOUND_CHANNEL = Symbol('OUTBOUND_CHANNEL');

const logger = new Logger('Notifications');
const warn = (message: string, meta?: Record<string, unknown>): void =>
  logger.warn(`${message} ${JSON.stringify(meta ?? {})}`);

// Who is told of what, the texts, the inbox writers, the outbox and its sweeper, the daily digest. The
// repositories come from DatabaseModule (global). The worker starts the sweeper; an importer that does not
// leaves queued messages to a worker's.
@Module({
  providers: [
    {
      provide: OUTBOUND_CHANNEL,
      inject: [ConfigService],
      useFactory: (config: ConfigService): OutboundChannel => channelFromEnv(envOf(config)),
    },
    {
      provide: OutboxSweeper,
      inject: [NotificationOutboxRepository, OUTBOUND_CHANNEL],
      useFactory: (outbox: NotificationOutboxRepository, channel: OutboundChannel) =>
        new OutboxSweeper(outbox, channel, { warn }),
    },
    {
      provide: OutboundQueue,
      inject: [NotificationRepository, NotificationOutboxRepository, OutboxSweeper, OUTBOUND_CHANNEL],
      useFactory: (
        prefs: NotificationRepository,
        outbox: NotificationOutboxRepository,
        sweeper: OutboxSweeper,
        channel: OutboundChannel,
      ) => new OutboundQueue(prefs, outbox, () => sweeper.kick(), !(channel instanceof NoopChannel)),
    },
    {
      // The roster routes the units' notices on the product's date (the time profile's).
      provide: RosterRouter,
      inject: [RosterRepository, UserRepository, ConfigService],
      useFactory: (roster: RosterRepository, users: UserRepository, config: ConfigService) => {
        const profile = timeProfileFromEnv(envOf(config));
        return new RosterRouter(roster, users, (now) => dateOfInstant(profile, now.getTime()));
      },
    },
    {
      provide: NotificationWriter,
      inject: [
        UserRepository,
        NotificationRepository,
        NoticeNumberRepository,
        OutboundQueue,
        MatterFollowRepository,
        RosterRouter,
        MatterReadRepository,
        UnitDirectoryLoader,
      ],
      useFactory: (
        users: UserRepository,
        notifications: NotificationRepository,
        numbers: NoticeNumberRepository,
        queue: OutboundQueue,
        follows: MatterFollowRepository,
        router: RosterRouter,
        matters: MatterReadRepository,
        units: UnitDirectoryLoader,
      ) => new NotificationWriter(users, notifications, numbers, queue, follows, router, matters, units),
    },
    {
      provide: CampaignNoticeWriter,
      inject: [UserRepository, NotificationRepository, OutboundQueue, RosterRouter],
      useFactory: (
        users: UserRepository,
        notifications: NotificationRepository,
        queue: OutboundQueue,
        router: RosterRouter,
      ) => new CampaignNoticeWriter(users, notifications, queue, router),
    },
    {
      provide: DailyDigestSender,
      inject: [UserRepository, NotificationRepository, OUTBOUND_CHANNEL],
      useFactory: (users: UserRepository, notifications: NotificationRepository, channel: OutboundChannel) =>
        new DailyDigestSender(users, notifications, channel, { warn }),
    },
  ],
  exports: [
    OUTBOUND_CHANNEL,
    OutboxSweeper,
    OutboundQueue,
    NotificationWriter,
    CampaignNoticeWriter,
    DailyDigestSender,
    RosterRouter,
  ],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(
    private readonly sweeper: OutboxSweeper,
    @Inject(OUTBOUND_CHANNEL) private readonly channel: OutboundChannel,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.sweeper.stop();
    this.channel.close?.();
  }
}
