import type {
  AssessmentCountFigure,
  AssessmentEvidence,
  AssessmentEvidenceEvent,
  AssessmentEvidenceItem,
  AssessmentRate,
  AssessmentRateFigure,
  AssessmentRow,
  AssessmentSheet,
  AssessmentWeights,
  AssessmentWeightsView,
} from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { UnitCodeField } from '../../common/unit-code-field';

export const EVIDENCE_FIGURES = [
  'ackRate',
  'feedbackRate',
  'onTimeRate',
  'summaryOnTime',
  'returns',
  'reports',
  'informationAdopted',
  'upheldContests',
  'red',
] as const;
export type EvidenceFigure = (typeof EVIDENCE_FIGURES)[number];

const Weight = (description: string, example: number, max = 100): PropertyDecorator => {
  const decorators = [
    ApiProperty({ description, example, minimum: 0, maximum: max }),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }),
    Min(0),
    Max(max),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

export class RateWeightsDto implements Record<AssessmentRateFigure, number> {
  @Weight('签收及时率: points for 100%', 20) ackRate!: number;
  @Weight('反馈及时率: points for 100%', 20) feedbackRate!: number;
  @Weight('按期办结率: points for 100%', 40) onTimeRate!: number;
  @Weight('年度工作总结按时报送: points when on time', 20) summaryOnTime!: number;
}

export class PerItemWeightsDto implements Record<AssessmentCountFigure, number> {
  @Weight('信息采用: points added per adopted information item', 1) informationAdopted!: number;
  @Weight('退回整改: points subtracted per return', 1) returns!: number;
  @Weight('通报: points subtracted per 通报', 5) reports!: number;
}

export class AssessmentWeightsDto implements AssessmentWeights {
  @ApiProperty({ type: RateWeightsDto, description: 'Rate weights; they add up to 100' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RateWeightsDto)
  rates!: RateWeightsDto;

  @ApiProperty({ type: PerItemWeightsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PerItemWeightsDto)
  perItem!: PerItemWeightsDto;
}

export class PutAssessmentWeightsDto {
  @ApiProperty({ type: AssessmentWeightsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AssessmentWeightsDto)
  weights!: AssessmentWeightsDto;

  @ApiProperty({ example: '按2026年度考核办法调整权重', description: 'Why the weights change (kept in the audit log)' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}

export class EvidenceQuery {
  @ApiProperty({ enum: EVIDENCE_FIGURES, description: "The figure to explain; red: why the unit's light is red" })
  @IsIn(EVIDENCE_FIGURES)
  figure!: EvidenceFigure;
}

export class EvidenceParams {
  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @UnitCodeField('The member unit whose figure is explained')
  unitCode!: string;
}

export class AssessmentWeightsViewResponse implements AssessmentWeightsView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: AssessmentWeightsDto }) weights!: AssessmentWeightsDto;
  @ApiProperty({ description: 'No weights set for the year: the defaults apply' }) isDefault!: boolean;
  @ApiProperty({ nullable: true, type: String }) setBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) setAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class AssessmentRateResponse implements AssessmentRate {
  @ApiProperty({ example: 9 }) numerator!: number;
  @ApiProperty({ example: 10 }) denominator!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.9, description: 'null: nothing was due' })
  rate!: number | null;
}

export class AssessmentRowResponse implements AssessmentRow {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ example: 10 }) ordinal!: number;
  @ApiProperty({ example: '区司法局' }) nameZh!: string;
  @ApiProperty({ type: AssessmentRateResponse, description: '签收及时率' }) ackRate!: AssessmentRateResponse;
  @ApiProperty({ type: AssessmentRateResponse, description: '反馈及时率' }) feedbackRate!: AssessmentRateResponse;
  @ApiProperty({ type: AssessmentRateResponse, description: '按期办结率' }) onTimeRate!: AssessmentRateResponse;
  @ApiProperty({ type: AssessmentRateResponse, description: '年度工作总结按时报送' })
  summaryOnTime!: AssessmentRateResponse;
  @ApiProperty({ example: 1, description: '退回整改' }) returns!: number;
  @ApiProperty({ example: 0, description: '通报' }) reports!: number;
  @ApiProperty({ example: 0, description: 'Contests the office upheld' }) upheldContests!: number;
  @ApiProperty({ example: 2, description: '信息采用' }) informationAdopted!: number;
  @ApiProperty({ example: 92.5 }) score!: number;
  @ApiProperty({ example: 3 }) rank!: number;
}

export class AssessmentSheetResponse implements AssessmentSheet {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '2026-12-02' }) today!: string;
  @ApiProperty({ type: AssessmentWeightsViewResponse }) weights!: AssessmentWeightsViewResponse;
  @ApiProperty({ type: [AssessmentRowResponse] }) rows!: AssessmentRowResponse[];
}

export class AssessmentEvidenceEventResponse implements AssessmentEvidenceEvent {
  @ApiProperty() seq!: number;
  @ApiProperty({ example: 'supervision.escalated' }) type!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'report' }) level!: string | null;
}

export class AssessmentEvidenceItemResponse implements AssessmentEvidenceItem {
  @ApiProperty({ nullable: true, type: String }) matterId!: string | null;
  @ApiProperty({ nullable: true, type: String }) matterCode!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '办结时限 2026-11-30 已过，未办结' }) finding!: string;
  @ApiProperty({ enum: ['met', 'missed', 'item'] }) counts!: 'met' | 'missed' | 'item';
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) at!: string | null;
  @ApiProperty({ type: [AssessmentEvidenceEventResponse] }) events!: AssessmentEvidenceEventResponse[];
}

export class AssessmentEvidenceResponse implements AssessmentEvidence {
  @ApiProperty() year!: number;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ enum: EVIDENCE_FIGURES }) figure!: EvidenceFigure;
  @ApiProperty() today!: string;
  @ApiProperty({ type: [AssessmentEvidenceItemResponse] }) items!: AssessmentEvidenceItemResponse[];
}
