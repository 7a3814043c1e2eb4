import { Module } from '@nestjs/common';

import { MatterFollowsController } from './matter-follows.controller';
import { MatterFollowsService } from './matter-follows.service';
import { MattersController } from './matters.controller';
import { MattersService } from './matters.service';

// MatterFollowsController first: its /matters/followed must match before MattersController's /matters/:id.
@Module({
  controllers: [MatterFollowsController, MattersController],
  providers: [MattersService, MatterFollowsService],
  exports: [MattersService],
})
export class MattersModule {}
