import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { Module } from '@nestjs/common';

import { HealthModule } from './health/health.module';
import { MattersModule } from './matters/matters.module';
import { MeetingsModule } from './meetings/meetings.module';
import { TemporalModule } from './temporal/temporal.module';
import { UnitsModule } from './units/units.module';

@Module({
  imports: [AppConfigModule, DatabaseModule, TemporalModule, HealthModule, UnitsModule, MeetingsModule, MattersModule],
})
export class AppModule {}
