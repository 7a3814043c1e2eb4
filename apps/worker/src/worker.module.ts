import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { Module } from '@nestjs/common';

import { MatterWorkerService } from './temporal/matter-worker.service';

@Module({
  imports: [AppConfigModule, DatabaseModule],
  providers: [MatterWorkerService],
})
export class WorkerModule {}
