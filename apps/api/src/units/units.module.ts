import { Module } from '@nestjs/common';

import { RosterController } from './roster.controller';
import { RosterService } from './roster.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({ controllers: [UnitsController, RosterController], providers: [UnitsService, RosterService] })
export class UnitsModule {}
