import { envOf, temporalConfig } from '@app/config';
import {
  CalendarLoader,
  CalendarRepository,
  CampaignRepository,
  MatterProjectionRepository,
  timeProfileFromEnv,
  UnitRepository,
} from '@app/database';
import { CampaignNoticeWriter, DailyDigestSender, NotificationWriter, OutboxSweeper } from '@app/notifications';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, Connection } from '@temporalio/client';
import type { NativeConnection, Worker } from '@temporalio/worker';

import { createCampaignActivities } from '../activities/campaign.activities';
import { createMatterActivities } from '../activities/matter.activities';
import { createNotificationActivities } from '../activities/notification.activities';
import { ensureDailyDigest } from './digest-schedule';
import { createMatterWorker } from './worker.factory';

// Owns the Temporal worker inside the Nest application context, and the outbox sweeper that runs beside it.
@Injectable()
export class MatterWorkerService {
  private readonly logger = new Logger(MatterWorkerService.name);
  private worker?: Worker;
  private connection?: NativeConnection;

  constructor(
    private readonly config: ConfigService,
    private readonly projection: MatterProjectionRepository,
    private readonly calendars: CalendarRepository,
    private readonly campaigns: CampaignRepository,
    private readonly units: UnitRepository,
    private readonly notices: NotificationWriter,
    private readonly campaignNotices: CampaignNoticeWriter,
    private readonly digests: DailyDigestSender,
    private readonly outbox: OutboxSweeper,
  ) {}

  async create(): Promise<Worker> {
    const env = envOf(this.config);
    // One calendar for all activities, rebuilt only when the stored calendar changes (see CalendarLoader).
    const calendar = new CalendarLoader(this.calendars);
    const temporal = temporalConfig(env);
    const profile = timeProfileFromEnv(env);
    const loadCalendar = () => calendar.load();
    const { worker, connection } = await createMatterWorker({
      temporal,
      activities: {
        ...createNotificationActivities(this.notices, this.digests),
        ...createMatterActivities({ projection: this.projection, loadCalendar, profile, notices: this.notices }),
        ...createCampaignActivities({
          campaigns: this.campaigns,
          units: this.units,
          loadCalendar,
          profile,
          notices: this.campaignNotices,
        }),
      },
    });
    this.worker = worker;
    this.connection = connection;
    await this.startDailyDigest(temporal.address, temporal.namespace, temporal.taskQueue);
    this.logger.log(`polling task queue "${temporal.taskQueue}" on ${temporal.address} (${temporal.namespace})`);
    return worker;
  }

  // Resolves when the worker has shut down (SIGINT/SIGTERM are handled by the SDK's runtime). The outbox is
  // swept while the worker runs, and the round in flight is awaited before the connection closes.
  async run(): Promise<void> {
    const worker = this.worker ?? (await this.create());
    this.outbox.start();
    try {
      await worker.run();
    } finally {
      await this.outbox.stop();
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
