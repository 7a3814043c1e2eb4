import { Module } from '@nestjs/common';

import { RosterService } from './roster.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({ controllers: [UnitsController], providers: [UnitsService, RosterService] })
export class UnitsModule {}
