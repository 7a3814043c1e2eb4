import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export const CONTACT_KINDS = ['responsible_official', 'liaison_officer'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export class FileRosterChangeDto {
  @ApiProperty({ enum: CONTACT_KINDS, description: 'responsible_official 负责同志 · liaison_officer 联络员' })
  @IsIn(CONTACT_KINDS)
  kind!: ContactKind;

  @ApiProperty({ example: '王晓明' })
  @IsString()
  @Length(1, 64)
  personName!: string;

  @ApiPropertyOptional({ example: '副局长' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  title?: string;

  @ApiPropertyOptional({ example: '0871-63210000' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,32}$/, { message: 'phone: digits, spaces and + - ( ) only' })
  phone?: string;

  @ApiPropertyOptional({
    example: '6f1c2a9e-0d7b-4c1e-9a51-2b8f3c4d5e6f',
    description: "The person's user account, if they log in",
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiProperty({ example: '2026-03-01', description: 'From when the change applies (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;

  @ApiProperty({ example: '原联络员工作调动', description: 'Why (the filing record)' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class RosterEntryResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CONTACT_KINDS }) kind!: string;
  @ApiProperty({ example: '王晓明' }) personName!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ example: '2026-03-01' }) effectiveFrom!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ example: 'office.li' }) filedBy!: string;
  @ApiProperty() filedAt!: string;
}

export class RosterResponse {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ type: RosterEntryResponse, nullable: true }) responsibleOfficial!: RosterEntryResponse | null;
  @ApiProperty({ type: RosterEntryResponse, nullable: true }) liaisonOfficer!: RosterEntryResponse | null;
  @ApiProperty({ type: [RosterEntryResponse], description: 'Every filing, newest effective date first' })
  history!: RosterEntryResponse[];
}
