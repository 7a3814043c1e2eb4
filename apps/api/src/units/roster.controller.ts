import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';

import { ConferenceRosterResponse, FileConferenceRosterChangeDto, RosterEntryResponse } from './dto/roster.dto';
import { RosterService } from './roster.service';

// The office's 备案 queue and the conference's own roster (召集人, 副召集人).
@ApiTags('units')
@Authenticated()
@Controller('roster')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Get('pending')
  @Policy('units.roster.decide')
  @ApiOperation({ summary: "Every unit's roster filing (报备) awaiting the office's 备案, oldest first; office only" })
  @ApiOkResponse({ type: [RosterEntryResponse] })
  pending(@CurrentUser() user: RequestUser) {
    return this.roster.pending(user);
  }

  @Get('conference')
  @Policy('units.roster.read')
  @ApiOperation({
    summary: "The conference's 召集人 and 副召集人 now, and every change; phone numbers for the office only",
  })
  @ApiOkResponse({ type: ConferenceRosterResponse })
  conference(@CurrentUser() user: RequestUser) {
    return this.roster.conference(user);
  }

  @Post('conference')
  @Policy('roster.conference.file')
  @ApiOperation({
    summary: "Record a change of the conference's 召集人 or 副召集人 with its effective date; office only",
  })
  @ApiCreatedResponse({ type: ConferenceRosterResponse })
  fileConference(@Body() dto: FileConferenceRosterChangeDto, @CurrentUser() by: RequestUser) {
    return this.roster.fileConference(dto, by);
  }
}
