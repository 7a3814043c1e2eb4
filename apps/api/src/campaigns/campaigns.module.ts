import { Module } from '@nestjs/common';

import { CampaignWorkflowGateway } from './campaign-workflow.gateway';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({ controllers: [CampaignsController], providers: [CampaignsService, CampaignWorkflowGateway] })
export class CampaignsModule {}
