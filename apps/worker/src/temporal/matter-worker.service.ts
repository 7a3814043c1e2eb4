import { envOf, temporalConfig } from '@app/config';
import {
  CalendarLoader,
  CampaignNoticeWriter,
  CampaignRepository,
  channelFromEnv,
  MatterProjectionRepository,
  NoticeNumberRepository,
  NotificationRepository,
  NotificationWriter,
  timeProfileFromEnv,
  UnitRepository,
  UserRepository,
} from '@app/database';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, Connection } from '@temporalio/client';
import type { NativeConnection, Worker } from '@temporalio/worker';

import { createCampaignActivities } from '../activities/campaign.activities';
import { createMatterActivities } from '../activities/matter.activities';
import { createNotificationActivities } from '../activities/notification.activities';
import { ensureDailyDigest } from './digest-schedule';
import { createMatterWorker } from './worker.factory';

// Owns the Temporal worker inside the Nest application context.
@Injectable()
export class MatterWorkerService {
  private readonly logger = new Logger(MatterWorkerService.name);
  private worker?: Worker;
  private connection?: NativeConnection;

  constructor(
    private readonly config: ConfigService,
    private readonly projection: MatterProjectionRepository,
    private readonly calendar: CalendarLoader,
    private readonly users: UserRepository,
    private readonly notifications: NotificationRepository,
    private readonly notices: NoticeNumberRepository,
    private readonly campaigns: CampaignRepository,
    private readonly units: UnitRepository,
  ) {}

  async create(): Promise<Worker> {
    const env = envOf(this.config);
    const temporal = temporalConfig(env);
    const writer = new NotificationWriter(
      this.users,
      this.notifications,
      this.notices,
      channelFromEnv(env),
      this.notifications,
      { warn: (message, meta) => this.logger.warn(`${message} ${JSON.stringify(meta ?? {})}`) },
    );
    const notificationActivities = createNotificationActivities(writer);
    const { worker, connection } = await createMatterWorker({
      temporal,
      activities: {
        ...notificationActivities,
        ...createMatterActivities({
          projection: this.projection,
          loadCalendar: () => this.calendar.load(),
          profile: timeProfileFromEnv(env),
          notices: writer,
        }),
        ...createCampaignActivities({
          campaigns: this.campaigns,
          units: this.units,
          loadCalendar: () => this.calendar.load(),
          profile: timeProfileFromEnv(env),
          notices: new CampaignNoticeWriter(this.users, this.notifications, (keys, now) => writer.deliver(keys, now)),
        }),
      },
    });
    this.worker = worker;
    this.connection = connection;
    await this.startDailyDigest(temporal.address, temporal.namespace, temporal.taskQueue);
    this.logger.log(`polling task queue "${temporal.taskQueue}" on ${temporal.address} (${temporal.namespace})`);
    return worker;
  }

  // Resolves when the worker has shut down (SIGINT/SIGTERM are handled by the SDK's runtime).
  async run(): Promise<void> {
    const worker = this.worker ?? (await this.create());
    try {
      await worker.run();
    } finally {
      await this.connection?.close();
    }
  }

  private async startDailyDigest(address: string, namespace: string, taskQueue: string): Promise<void> {
    const connection = await Connection.connect({ address });
    try {
      await ensureDailyDigest(new Client({ connection, namespace }), taskQueue);
    } finally {
      await connection.close();
    }
  }
}
