import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { Module } from '@nestjs/common';

import { MatterWorkerService } from './temporal/matter-worker.service';

@Module({
  imports: [AppConfigModule, DatabaseModule, NotificationsModule],
  providers: [MatterWorkerService],
})
export class WorkerModule {}
