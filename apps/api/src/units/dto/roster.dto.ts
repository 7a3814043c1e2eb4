import type { ConferenceRosterView, RosterEntryView, UnitRosterView } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';

// A member unit's seats: 负责同志, 分管领导, 联络员. The conference's: 召集人, 副召集人 (several deputies).
export const UNIT_CONTACT_KINDS = ['responsible_official', 'supervising_leader', 'liaison_officer'] as const;
export const CONFERENCE_CONTACT_KINDS = ['convener', 'deputy_convener'] as const;
export const CONTACT_KINDS = [...UNIT_CONTACT_KINDS, ...CONFERENCE_CONTACT_KINDS] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const ROSTER_STATUSES = ['filed', 'recorded', 'refused'] as const;

const KIND_DOC =
  'responsible_official 负责同志 · supervising_leader 分管领导 · liaison_officer 联络员 (a unit); ' +
  'convener 召集人 · deputy_convener 副召集人 (the conference)';

// What every roster change carries; the seat's kind is declared by the two filings below, each with its own list,
// so that a conference seat filed on a unit (or the reverse) is refused by validation, naming the field.
abstract class RosterChangeFields {
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
    description:
      "The person's user account, if they log in: the seat's notices then go to it, and a recorded 联络员 change " +
      "grants it the unit's liaison role (and takes it from the account the change replaces)",
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiProperty({ example: '2026-03-01', description: 'From when the change applies (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;

  @ApiPropertyOptional({
    example: false,
    description: 'The person leaves the seat from effectiveFrom (nobody takes it by this filing)',
  })
  @IsOptional()
  @IsBoolean()
  vacates?: boolean;

  @ApiProperty({ example: '原联络员工作调动', description: 'Why (the filing record)' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class FileRosterChangeDto extends RosterChangeFields {
  @ApiProperty({ enum: UNIT_CONTACT_KINDS, description: KIND_DOC })
  @IsIn(UNIT_CONTACT_KINDS, { message: `kind must be one of a unit's seats: ${UNIT_CONTACT_KINDS.join(', ')}` })
  kind!: (typeof UNIT_CONTACT_KINDS)[number];
}

export class FileConferenceRosterChangeDto extends RosterChangeFields {
  @ApiProperty({ enum: CONFERENCE_CONTACT_KINDS, description: KIND_DOC })
  @IsIn(CONFERENCE_CONTACT_KINDS, {
    message: `kind must be one of the conference's seats: ${CONFERENCE_CONTACT_KINDS.join(', ')}`,
  })
  kind!: (typeof CONFERENCE_CONTACT_KINDS)[number];
}

export class DecideRosterChangeDto {
  @ApiProperty({ enum: ['record', 'refuse'], description: 'record 备案 (the change takes effect) · refuse 不予备案' })
  @IsIn(['record', 'refuse'])
  decision!: 'record' | 'refuse';

  @ApiPropertyOptional({ example: '请补充任职文件', description: 'Why; required to refuse' })
  @ValidateIf((o: DecideRosterChangeDto) => o.decision === 'refuse' || o.reason !== undefined)
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class RosterEntryResponse implements RosterEntryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'justice', description: "The unit, or 'conference'" }) unitCode!: string;
  @ApiProperty({ enum: CONTACT_KINDS }) kind!: string;
  @ApiProperty({ example: '王晓明' }) personName!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Shown to the office and to the unit itself only (null for everyone else)',
  })
  phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ example: '2026-03-01' }) effectiveFrom!: string;
  @ApiProperty() vacates!: boolean;
  @ApiProperty() reason!: string;
  @ApiProperty({ example: 'liaison.justice' }) filedBy!: string;
  @ApiProperty() filedAt!: string;
  @ApiProperty({ enum: ROSTER_STATUSES, description: 'filed 已报备 · recorded 已备案 · refused 不予备案' })
  status!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
}

export class RosterResponse implements UnitRosterView {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ type: RosterEntryResponse, nullable: true }) responsibleOfficial!: RosterEntryResponse | null;
  @ApiProperty({ type: RosterEntryResponse, nullable: true }) supervisingLeader!: RosterEntryResponse | null;
  @ApiProperty({ type: RosterEntryResponse, nullable: true }) liaisonOfficer!: RosterEntryResponse | null;
  @ApiProperty({ type: [RosterEntryResponse], description: 'Filed (报备) and awaiting the office (备案)' })
  pending!: RosterEntryResponse[];
  @ApiProperty({ type: [RosterEntryResponse], description: 'Every filing, newest effective date first' })
  history!: RosterEntryResponse[];
}

export class ConferenceRosterResponse implements ConferenceRosterView {
  @ApiProperty({ type: RosterEntryResponse, nullable: true }) convener!: RosterEntryResponse | null;
  @ApiProperty({ type: [RosterEntryResponse] }) deputyConveners!: RosterEntryResponse[];
  @ApiProperty({ type: [RosterEntryResponse], description: 'Every filing, newest effective date first' })
  history!: RosterEntryResponse[];
}
