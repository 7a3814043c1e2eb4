import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import { UnitCodePipe } from '../common/unit-code.pipe';

import { FileRosterChangeDto, RosterResponse } from './dto/roster.dto';
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
  @ApiOperation({ summary: "The unit's responsible official and liaison officer now, and every filed change" })
  @ApiOkResponse({ type: RosterResponse })
  getRoster(@Param('code', UnitCodePipe) code: string) {
    return this.roster.get(code);
  }

  @Post(':code/roster')
  @Policy('units.roster.file')
  @ApiOperation({ summary: 'File a roster change (备案) with its effective date; office only' })
  @ApiCreatedResponse({ type: RosterResponse })
  fileRoster(
    @Param('code', UnitCodePipe) code: string,
    @Body() dto: FileRosterChangeDto,
    @CurrentUser() by: RequestUser,
  ) {
    return this.roster.file(code, dto, by);
  }
}
