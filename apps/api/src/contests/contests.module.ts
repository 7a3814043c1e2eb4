import { Module } from '@nestjs/common';

import { ContestsController, MatterContestsController } from './contests.controller';
import { ContestsService } from './contests.service';

@Module({
  controllers: [MatterContestsController, ContestsController],
  providers: [ContestsService],
  exports: [ContestsService],
})
export class ContestsModule {}
