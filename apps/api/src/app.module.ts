import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';

import { ApiExceptionFilter } from './common/api-exception.filter';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';

import { AuditController } from './audit/audit.controller';
import { AuthModule } from './auth/auth.module';
import { OidcModule } from './auth/oidc/oidc.module';
import { AssessmentModule } from './assessment/assessment.module';
import { BriefingsModule } from './briefings/briefings.module';
import { CalendarModule } from './calendar/calendar.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ContestsModule } from './contests/contests.module';
import { FilingsModule } from './filings/filings.module';
import { HealthModule } from './health/health.module';
import { MattersModule } from './matters/matters.module';
import { MeetingsModule } from './meetings/meetings.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SupervisionModule } from './supervision/supervision.module';
import { TemporalModule } from './temporal/temporal.module';
import { TopicsModule } from './topics/topics.module';
import { UnitsModule } from './units/units.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    TemporalModule,
    AuthModule,
    OidcModule,
    HealthModule,
    UnitsModule,
    MeetingsModule,
    MattersModule,
    UsersModule,
    NotificationsModule,
    CalendarModule,
    SupervisionModule,
    CampaignsModule,
    BriefingsModule,
    AssessmentModule,
    TopicsModule,
    FilingsModule,
    ContestsModule,
  ],
  controllers: [AuditController],
  providers: [ApiExceptionFilter, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class AppModule {}
