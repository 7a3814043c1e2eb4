import type { FollowedMatterSummary, FollowReason, MatterFollowView } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';

import { PageQueryDto, PageResponseOf } from '../../common/paging';
import { MatterSummaryResponse } from './matter.response';

const REASONS: FollowReason[] = ['instruction', 'manual'];

export class MatterFollowResponse implements MatterFollowView {
  @ApiProperty({ format: 'uuid' }) matterId!: string;
  @ApiProperty({ description: 'Whether you follow (关注) the matter now' }) followed!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the follow began' })
  since!: string | null;
  @ApiProperty({
    nullable: true,
    enum: REASONS,
    description: 'instruction: followed on giving a 批示; manual: followed by hand',
  })
  reason!: FollowReason | null;
}

export class FollowedMatterResponse extends MatterSummaryResponse implements FollowedMatterSummary {
  @ApiProperty({ format: 'date-time' }) followedSince!: string;
  @ApiProperty({ enum: REASONS }) followReason!: FollowReason;
}

export class FollowedMatterPageResponse extends PageResponseOf(FollowedMatterResponse) {}

// ?page=&pageSize= of your followed matters.
export class ListFollowedQuery extends PageQueryDto {}
