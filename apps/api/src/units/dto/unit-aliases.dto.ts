import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';

export class SetUnitAliasesDto {
  @ApiProperty({
    example: ['市场监管局', '市监局'],
    type: [String],
    description: 'The whole new list (replaces the old one); up to 20 names of 1–32 characters',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 32, { each: true })
  aliases!: string[];

  @ApiProperty({ example: '纪要中常用“市监局”', description: 'Why the list changes (kept in the audit log)' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
