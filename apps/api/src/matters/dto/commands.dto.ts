import type { MatterCommandBody, MatterCommandBodyKey } from '@app/contracts';
import { HANDLER_NAME_MAX, HANDLER_PHONE } from '@app/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsCalendarDate } from '../../calendar/dto/is-calendar-date.validator';
import { IsPlannableDueDate } from '../../common/due-dates';

export class ReasonDto {
  @ApiProperty({ example: '佐证材料不完整，请补充活动照片和总结。', description: 'Why (recorded in the timeline)' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class EvidenceDto {
  @ApiProperty({ example: '宣传周活动总结.pdf' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ example: 'https://oa.wuhua.gov.cn/files/123' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string;
}

export class ProgressDto implements MatterCommandBody<'reportProgress'> {
  @ApiProperty({ example: '已制定活动方案，完成场地协调。' })
  @IsString()
  @Length(1, 4000)
  text!: string;

  @ApiProperty({ example: 40, minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  percent!: number;
}

// At most 20 pieces of evidence, none when left out. The decorators apply in the order they would written out.
const EvidenceList = (): PropertyDecorator =>
  applyDecorators(
    Type(() => EvidenceDto),
    ValidateNested({ each: true }),
    ArrayMaxSize(20),
    IsArray(),
    ApiPropertyOptional({ type: [EvidenceDto], default: [] }),
  );

export class ContributionDto implements MatterCommandBody<'contribute'> {
  @ApiProperty({ example: '已在普法平台发布知识产权专题宣传3期。' })
  @IsString()
  @Length(1, 4000)
  text!: string;

  @EvidenceList()
  evidence: EvidenceDto[] = [];
}

export class CompletionDto implements MatterCommandBody<'submitCompletion'> {
  @ApiProperty({ example: '宣传周活动已完成，共开展活动12场，覆盖群众3000余人。' })
  @IsString()
  @Length(1, 4000)
  summary!: string;

  @EvidenceList()
  evidence: EvidenceDto[] = [];
}

export class VerifyDto implements MatterCommandBody<'verify'> {
  @ApiPropertyOptional({ example: '材料齐全，同意销号。' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['justice'],
    description:
      'Co-units that never signed (签收) nor contributed, whose part the office confirms as not done (未完成); ' +
      'each such unit must be named (else 409 VERIFY_NEEDS_CONFIRMATION), and the comment says why',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  notDoneUnitCodes?: string[];
}

export class RerouteDto extends ReasonDto implements MatterCommandBody<'reroute'> {
  @ApiProperty({ example: 'justice', description: 'The unit that asked to be relieved' })
  @IsString()
  @MaxLength(64)
  fromUnitCode!: string;

  @ApiProperty({ example: 'culture-tourism', description: 'The unit that takes the assignment over' })
  @IsString()
  @MaxLength(64)
  toUnitCode!: string;
}

export class RejectDeclineDto extends ReasonDto implements MatterCommandBody<'rejectDecline'> {
  @ApiProperty({ example: 'justice', description: 'The unit whose request to be relieved is refused' })
  @IsString()
  @MaxLength(64)
  unitCode!: string;
}

export class ExtensionRequestDto extends ReasonDto implements MatterCommandBody<'requestExtension'> {
  @ApiProperty({
    example: '2027-05-31',
    description: 'Requested new due date, YYYY-MM-DD: from today to ten years ahead',
  })
  // A date that does not exist, or one the calendar could not plan, is refused here, before the workflow weighs the
  // request against the matter's state.
  @IsCalendarDate()
  @IsPlannableDueDate()
  requestedDueDate!: string;
}

export class ExtensionDecisionDto extends ReasonDto implements MatterCommandBody<'decideExtension'> {
  @ApiProperty({ example: true })
  @IsBoolean()
  approve!: boolean;
}

export class UrgeDto implements MatterCommandBody<'urge'> {
  @ApiProperty({ example: 'justice', description: 'The unit to urge' })
  @IsString()
  @MaxLength(64)
  unitCode!: string;

  @ApiProperty({ enum: ['reminder', 'urging'], example: 'urging', description: '提醒 reminder · 催办 urging' })
  @IsIn(['reminder', 'urging'])
  level!: 'reminder' | 'urging';

  @ApiProperty({ example: '请于本周五前报送进展。' })
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class SuperviseDto implements MatterCommandBody<'supervise'> {
  @ApiProperty({ example: 'justice', description: 'The unit to supervise' })
  @IsString()
  @MaxLength(64)
  unitCode!: string;

  @ApiProperty({
    enum: ['supervision', 'report'],
    example: 'supervision',
    description: '督办 notice · 通报 report to the convener',
  })
  @IsIn(['supervision', 'report'])
  level!: 'supervision' | 'report';

  @ApiProperty({ example: '该事项已超期，请说明原因并限期办结。' })
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class InstructionDto implements MatterCommandBody<'instruct'> {
  @ApiProperty({ example: '请抓紧推进，月底前报送进展。', description: 'The instruction (批示) text' })
  @IsString()
  @Length(1, 2000)
  text!: string;
}

export class ReassignLeadDto extends ReasonDto implements MatterCommandBody<'reassignLead'> {
  @ApiProperty({ example: 'science-industry-it' })
  @IsString()
  @MaxLength(64)
  toUnitCode!: string;
}

// One DTO per command; the three that only give a reason share ReasonDto's rule.
export class DeclineDto extends ReasonDto implements MatterCommandBody<'decline'> {}
export class ReturnForReworkDto extends ReasonDto implements MatterCommandBody<'returnForRework'> {}
export class CancelDto extends ReasonDto implements MatterCommandBody<'cancel'> {}
// The leader's note to the liaison: what to change in the draft.
export class ReturnDraftDto extends ReasonDto implements MatterCommandBody<'returnDraft'> {}

export class NameHandlerDto implements MatterCommandBody<'nameHandler'> {
  @ApiProperty({ example: '张明', description: "The handler's name (承办人)" })
  @IsString()
  @Length(1, HANDLER_NAME_MAX)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({
    example: '0871-63123456',
    description: 'An office phone; shown to the office and the unit only',
  })
  @IsOptional()
  @IsString()
  @Matches(HANDLER_PHONE, { message: 'phone must be an office phone number, e.g. 0871-63123456 or 63123456转8001' })
  phone?: string;
}

// The DTO class of each command's body, by the key its row of the command table names
// (libs/contracts/src/matter-command-table.ts). The global ValidationPipe validates the body against it.
export const COMMAND_DTOS = {
  DeclineDto,
  RerouteDto,
  RejectDeclineDto,
  ProgressDto,
  ContributionDto,
  CompletionDto,
  VerifyDto,
  ReturnForReworkDto,
  ReturnDraftDto,
  NameHandlerDto,
  CancelDto,
  ExtensionRequestDto,
  ExtensionDecisionDto,
  ReassignLeadDto,
  InstructionDto,
  UrgeDto,
  SuperviseDto,
} satisfies Record<MatterCommandBodyKey, new () => object>;
