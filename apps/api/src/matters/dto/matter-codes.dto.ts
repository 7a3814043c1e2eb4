import type { MatterCodeCheck, MatterCodePatternView, MatterCodeProposal } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class CodeProposalQuery {
  @ApiPropertyOptional({ example: 2026, description: 'The register year; this year (Asia/Shanghai) by default' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: 1, default: 1, description: 'How many consecutive free codes (a batch: 1-100)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  count?: number;
}

export class CodeCheckQuery {
  @ApiProperty({ example: '五联督〔2026〕12号', description: 'The code as typed' })
  @IsString()
  @Length(1, 100)
  code!: string;
}

export class PutMatterCodePatternDto {
  @ApiProperty({
    example: '五联督〔{year}〕{n}号',
    description: 'The pattern: {year} the register year, {n} the number in the year ({n:3}: zero-padded to 3)',
  })
  @IsString()
  @Length(1, 64)
  pattern!: string;

  @ApiProperty({
    example: '按2026年督办工作规则统一编号',
    description: 'Why the pattern changes (kept in the audit log)',
  })
  @IsString()
  @Length(2, 500)
  reason!: string;
}

export class MatterCodePatternResponse implements MatterCodePatternView {
  @ApiProperty({ example: '五联督〔{year}〕{n}号' }) pattern!: string;
  @ApiProperty({ example: '五联督〔2026〕1号' }) example!: string;
  @ApiProperty({ description: 'No pattern set: the default applies' }) isDefault!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'demo.director' }) setBy!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-02T06:00:00.000Z' }) setAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class MatterCodeProposalResponse implements MatterCodeProposal {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '五联督〔{year}〕{n}号' }) pattern!: string;
  @ApiProperty({ example: 12, description: 'The number of `code` in its year' }) number!: number;
  @ApiProperty({ example: '五联督〔2026〕12号', description: 'The next free code' }) code!: string;
  @ApiProperty({ type: [String], example: ['五联督〔2026〕12号'], description: 'The next free codes, in order' })
  codes!: string[];
}

export class MatterCodeHolderResponse {
  @ApiProperty({ example: '6f1c2a9e-0d7b-4c1e-9a51-2b8f3c4d5e6f' }) matterId!: string;
  @ApiProperty({ example: '开展知识产权宣传周活动' }) title!: string;
}

export class MatterCodeCheckResponse implements MatterCodeCheck {
  @ApiProperty({ example: '五联督〔2026〕12号' }) code!: string;
  @ApiProperty() available!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '已被占用：开展知识产权宣传周活动' }) reason!: string | null;
  @ApiProperty({ type: MatterCodeHolderResponse, nullable: true }) takenBy!: MatterCodeHolderResponse | null;
  @ApiProperty({ description: "Written in the office's pattern" }) matchesPattern!: boolean;
}
