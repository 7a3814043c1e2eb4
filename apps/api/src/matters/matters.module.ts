import { Module } from '@nestjs/common';

import { MatterCodesController } from './matter-codes.controller';
import { MatterCodesService } from './matter-codes.service';
import { MatterFollowsController } from './matter-follows.controller';
import { MatterFollowsService } from './matter-follows.service';
import { MattersController } from './matters.controller';
import { MattersService } from './matters.service';

// MatterFollowsController and MatterCodesController first: their /matters/followed, /matters/code-… must match
// before MattersController's /matters/:id.
@Module({
  controllers: [MatterFollowsController, MatterCodesController, MattersController],
  providers: [MattersService, MatterFollowsService, MatterCodesService],
  exports: [MattersService],
})
export class MattersModule {}
