import type { AppConfigService } from '@app/config';
import { databaseConfig, envOf } from '@app/config';
import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source';
import { MatterProjectionRepository } from './repositories/matter-projection.repository';
import { MatterReadRepository } from './repositories/matter-read.repository';
import { MeetingRepository } from './repositories/meeting.repository';
import { RosterRepository } from './repositories/roster.repository';
import { UnitRepository } from './repositories/unit.repository';
import { AuditRepository, RefreshTokenRepository, UserRepository } from './repositories/user.repository';

const repositories = [
  MatterProjectionRepository,
  MatterReadRepository,
  MeetingRepository,
  UnitRepository,
  UserRepository,
  RefreshTokenRepository,
  AuditRepository,
  RosterRepository,
].map((repo) => ({ provide: repo, inject: [DataSource], useFactory: (ds: DataSource) => new repo(ds) }));

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => dataSourceOptions(databaseConfig(envOf(config))),
    }),
  ],
  providers: repositories,
  exports: repositories.map((r) => r.provide),
})
export class DatabaseModule {}
