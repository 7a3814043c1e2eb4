import { Module } from '@nestjs/common';

import { CampaignWorkflowGateway } from './campaign-workflow.gateway';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignWorkflowGateway],
  // The calendar tells running campaigns to plan again after a change.
  exports: [CampaignWorkflowGateway],
})
export class CampaignsModule {}
