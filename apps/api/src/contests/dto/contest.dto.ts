import { CHARGE_KINDS, CONTEST_STATUSES } from '@app/contracts';
import type {
  ChargeContestView,
  ChargeKind,
  ChargeSelector,
  ContestStatusName,
  DecideContestBody,
  FileContestBody,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { OptionalTextList } from '../../common/text-list-field';
import { PageQueryDto, PageResponseOf } from '../../common/paging';

const NOT_BLANK = /\S/;

export class ChargeSelectorDto implements ChargeSelector {
  @ApiProperty({ enum: CHARGE_KINDS, description: 'escalation (by its seq on the matter) · overdue (the matter’s)' })
  @IsIn(CHARGE_KINDS)
  kind!: ChargeKind;

  @ApiPropertyOptional({ example: 7, description: "The escalation's seq on the matter; escalation charges only" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  seq?: number;
}

export class FileContestDto implements FileContestBody {
  @ApiProperty({ type: ChargeSelectorDto })
  @IsObject({ message: 'charge must be an object: {kind, seq?}' })
  @ValidateNested()
  @Type(() => ChargeSelectorDto)
  charge!: ChargeSelectorDto;

  @ApiProperty({ example: '该事项已于截止日前以公文报送，系办公室登记延迟', minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;

  @OptionalTextList(200, {
    type: [String],
    example: ['五知识产权〔2070〕3号报送函.pdf'],
    description: 'Titles of the attachments offered as evidence (at most 20, each 1-200 characters)',
  })
  @Matches(NOT_BLANK, { each: true, message: 'attachments must not hold a blank title' })
  attachments?: string[];
}

export class DecideContestDto implements DecideContestBody {
  @ApiProperty({ example: true, description: 'Accept (the charge is withdrawn from the figures) or reject' })
  @IsBoolean()
  accept!: boolean;

  @ApiPropertyOptional({ example: '经核实，报送函已按时收文', maxLength: 2000, description: 'Required to reject' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string;
}

export class ListContestsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: CONTEST_STATUSES })
  @IsOptional()
  @IsIn(CONTEST_STATUSES)
  status?: ContestStatusName;

  @ApiPropertyOptional({ example: 'justice', description: 'The contesting unit (the office and leadership only)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unit?: string;

  @ApiPropertyOptional({ description: 'Contests on one matter' })
  @IsOptional()
  @IsUUID()
  matterId?: string;
}

export class ContestChargeResponse {
  @ApiProperty({ enum: CHARGE_KINDS }) kind!: ChargeKind;
  @ApiProperty({ nullable: true, type: Number }) seq!: number | null;
  @ApiProperty({ nullable: true, type: String, description: "The escalation's level" }) level!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the escalation fired' }) at!: string | null;
}

export class ChargeContestResponse implements ChargeContestView {
  @ApiProperty() id!: string;
  @ApiProperty() matterId!: string;
  @ApiProperty({ nullable: true, type: String }) matterCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) matterTitle!: string | null;
  @ApiProperty({ type: ContestChargeResponse }) charge!: ContestChargeResponse;
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty() filedBy!: string;
  @ApiProperty({ example: 'unit_leader' }) filedCapacity!: string;
  @ApiProperty() filedAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [String] }) attachments!: string[];
  @ApiProperty({ enum: CONTEST_STATUSES }) status!: ContestStatusName;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedCapacity!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
}

export class ChargeContestPageResponse extends PageResponseOf(ChargeContestResponse) {}
