import type { AppConfigService } from '@app/config';
import { databaseConfig, envOf } from '@app/config';
import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CalendarLoader } from './calendar/calendar-loader';
import { dataSourceOptions } from './data-source';
import { AssessmentRepository } from './repositories/assessment.repository';
import { BriefingRepository } from './repositories/briefing.repository';
import { CalendarRepository } from './repositories/calendar.repository';
import { CampaignRepository } from './repositories/campaign.repository';
import { ChargeContestRepository } from './repositories/charge-contest.repository';
import { FilingRepository } from './repositories/filing.repository';
import { IdempotencyKeyRepository } from './repositories/idempotency-key.repository';
import { MatterCodeRepository } from './repositories/matter-code.repository';
import { MatterFollowRepository } from './repositories/matter-follow.repository';
import { MatterProjectionRepository } from './repositories/matter-projection.repository';
import { MatterReadRepository } from './repositories/matter-read.repository';
import { MeetingRepository } from './repositories/meeting.repository';
import { NoticeNumberRepository, NotificationRepository } from './repositories/notification.repository';
import { NotificationOutboxRepository } from './repositories/notification-outbox.repository';
import { OidcLinkRepository, OidcLoginRepository } from './repositories/oidc.repository';
import { RosterRepository } from './repositories/roster.repository';
import { SupervisionReadRepository } from './repositories/supervision-read.repository';
import { TopicRepository } from './repositories/topic.repository';
import { UnitRepository } from './repositories/unit.repository';
import { AuditRepository, RefreshTokenRepository, UserRepository } from './repositories/user.repository';
import { UnitDirectoryLoader } from './units/unit-directory-loader';

const repositories = [
  MatterProjectionRepository,
  MatterReadRepository,
  MeetingRepository,
  UnitRepository,
  UserRepository,
  RefreshTokenRepository,
  AuditRepository,
  RosterRepository,
  SupervisionReadRepository,
  NotificationRepository,
  NoticeNumberRepository,
  NotificationOutboxRepository,
  CalendarRepository,
  TopicRepository,
  FilingRepository,
  CampaignRepository,
  BriefingRepository,
  IdempotencyKeyRepository,
  OidcLoginRepository,
  OidcLinkRepository,
  AssessmentRepository,
  ChargeContestRepository,
  MatterFollowRepository,
  MatterCodeRepository,
].map((repo) => ({ provide: repo, inject: [DataSource], useFactory: (ds: DataSource) => new repo(ds) }));

const calendarLoader = {
  provide: CalendarLoader,
  inject: [CalendarRepository],
  useFactory: (repo: CalendarRepository) => new CalendarLoader(repo),
};

// One per process: its cache is shared by every request (or activity) of the process.
const unitDirectoryLoader = {
  provide: UnitDirectoryLoader,
  inject: [UnitRepository],
  useFactory: (repo: UnitRepository) => new UnitDirectoryLoader(repo),
};

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => dataSourceOptions(databaseConfig(envOf(config))),
    }),
  ],
  providers: [...repositories, calendarLoader, unitDirectoryLoader],
  exports: [...repositories.map((r) => r.provide), CalendarLoader, UnitDirectoryLoader],
})
export class DatabaseModule {}
