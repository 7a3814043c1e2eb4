import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import { UnitCodePipe } from '../common/unit-code.pipe';

import { DecideRosterChangeDto, FileRosterChangeDto, RosterResponse } from './dto/roster.dto';
import { SuggestLeadUnitQuery } from './dto/suggest.query';
import { SetUnitAliasesDto } from './dto/unit-aliases.dto';
import { LeadUnitSuggestionResponse, UnitResponse } from './dto/unit.response';
import { RosterService } from './roster.service';
import { UnitsService } from './units.service';

@ApiTags('units')
@Authenticated()
@Policy('units.read')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly service: UnitsService,
    private readonly roster: RosterService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The 21 member units with their duties (成员单位及职责)' })
  @ApiOkResponse({ type: [UnitResponse] })
  list(): Promise<UnitResponse[]> {
    return this.service.list();
  }

  @Get('suggest-lead')
  @ApiOperation({ summary: "Suggest lead units for a matter from the units' duty texts" })
  @ApiOkResponse({ type: [LeadUnitSuggestionResponse] })
  suggest(@Query() query: SuggestLeadUnitQuery): LeadUnitSuggestionResponse[] {
    return this.service.suggest(query.text);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One member unit' })
  @ApiOkResponse({ type: UnitResponse })
  get(@Param('code', UnitCodePipe) code: string): Promise<UnitResponse> {
    return this.service.get(code);
  }

  @Put(':code/aliases')
  @Policy('units.aliases.write')
  @ApiOperation({
    summary:
      "Replace a unit's short names and aliases (简称、别名), which pickers and the minutes parser match; office only",
  })
  @ApiOkResponse({ type: UnitResponse })
  setAliases(
    @Param('code', UnitCodePipe) code: string,
    @Body() dto: SetUnitAliasesDto,
    @CurrentUser() by: RequestUser,
  ): Promise<UnitResponse> {
    return this.service.setAliases(code, dto, by);
  }

  @Get(':code/roster')
  @Policy('units.roster.read')
  @ApiOperation({
    summary:
      "The unit's 负责同志, 分管领导 and 联络员 now, the filings awaiting 备案, and every change; phone numbers for " +
      'the office and the unit itself only',
  })
  @ApiOkResponse({ type: RosterResponse })
  getRoster(@Param('code', UnitCodePipe) code: string, @CurrentUser() user: RequestUser) {
    return this.roster.get(code, user);
  }

  @Post(':code/roster')
  @Policy('units.roster.file')
  @ApiOperation({
    summary:
      'File a roster change with its effective date: the unit for itself (报备, awaiting the office), or the office ' +
      '(recorded at once)',
  })
  @ApiCreatedResponse({ type: RosterResponse })
  fileRoster(
    @Param('code', UnitCodePipe) code: string,
    @Body() dto: FileRosterChangeDto,
    @CurrentUser() by: RequestUser,
  ) {
    return this.roster.file(code, dto, by);
  }

  @Post(':code/roster/:id/decision')
  @Policy('units.roster.decide')
  @ApiOperation({
    summary:
      "Record (备案) or refuse, with a reason, a unit's filed roster change; office only. A recorded 联络员 change " +
      "naming an account moves the unit's liaison role to it",
  })
  @ApiCreatedResponse({ type: RosterResponse })
  decideRoster(
    @Param('code', UnitCodePipe) code: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: DecideRosterChangeDto,
    @CurrentUser() by: RequestUser,
  ) {
    return this.roster.decide(code, id, dto, by);
  }
}
