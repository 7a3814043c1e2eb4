import { envOf, temporalConfig } from '@app/config';
import { MatterProjectionRepository } from '@app/database';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NativeConnection, Worker } from '@temporalio/worker';

import { createMatterActivities } from '../activities/matter.activities';
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
  ) {}

  async create(): Promise<Worker> {
    const temporal = temporalConfig(envOf(this.config));
    const { worker, connection } = await createMatterWorker({
      temporal,
      activities: createMatterActivities(this.projection),
    });
    this.worker = worker;
    this.connection = connection;
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
}
