import { Module } from '@nestjs/common';

import { CampaignsModule } from '../campaigns/campaigns.module';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [CampaignsModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarAdminService],
})
export class CalendarModule {}
