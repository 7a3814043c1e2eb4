import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import { UnitCodePipe } from '../common/unit-code.pipe';

import { DecideRosterChangeDto, FileRosterChangeDto, RosterResponse } from './dto/roster.dto';
import { SuggestLeadUnitQuery } from './dto/suggest.query';
import { SetUnitAliasesDto } from './dto/unit-aliases.dto';
import { AddUnitDto, DissolveUnitDto, MergeUnitDto, RenameUnitDto } from './dto/unit-changes.dto';
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
  @ApiOperation({
    summary:
      'The member units with their duties (成员单位及职责), merged and dissolved ones included, each with its status ' +
      'and former names',
  })
  @ApiOkResponse({ type: [UnitResponse] })
  list(): Promise<UnitResponse[]> {
    return this.service.list();
  }

  @Post()
  @Policy('units.manage')
  @ApiOperation({ summary: 'Add a member unit after a reorganisation (机构改革: 新增成员单位); office only' })
  @ApiCreatedResponse({ type: UnitResponse })
  add(@Body() dto: AddUnitDto, @CurrentUser() by: RequestUser): Promise<UnitResponse> {
    return this.service.add(dto, by);
  }

  @Get('suggest-lead')
  @ApiOperation({ summary: 'Suggest lead units for a matter from the duty texts of the units that take work' })
  @ApiOkResponse({ type: [LeadUnitSuggestionResponse] })
  suggest(@Query() query: SuggestLeadUnitQuery): Promise<LeadUnitSuggestionResponse[]> {
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

  @Post(':code/rename')
  @HttpCode(200)
  @Policy('units.manage')
  @ApiOperation({
    summary:
      'Rename a unit (更名) from a date, with the reason; it keeps its code, its matters and figures, and its former ' +
      'name with dates; office only',
  })
  @ApiOkResponse({ type: UnitResponse })
  rename(
    @Param('code', UnitCodePipe) code: string,
    @Body() dto: RenameUnitDto,
    @CurrentUser() by: RequestUser,
  ): Promise<UnitResponse> {
    return this.service.rename(code, dto, by);
  }

  @Post(':code/merge')
  @HttpCode(200)
  @Policy('units.retire')
  @ApiOperation({
    summary:
      'Merge a unit into another (合并) from a date: it takes no new work, its past matters and figures stay under it ' +
      '(已并入…). Refused (409 UNIT_HAS_OPEN_WORK) while it has open assignments, active accounts or roster filings ' +
      'awaiting 备案; office director only',
  })
  @ApiOkResponse({ type: UnitResponse })
  merge(
    @Param('code', UnitCodePipe) code: string,
    @Body() dto: MergeUnitDto,
    @CurrentUser() by: RequestUser,
  ): Promise<UnitResponse> {
    return this.service.merge(code, dto, by);
  }

  @Post(':code/dissolve')
  @HttpCode(200)
  @Policy('units.retire')
  @ApiOperation({
    summary:
      'Dissolve a unit (撤销) from a date: it takes no new work, its past matters and figures stay under it (已撤销). ' +
      'Refused (409 UNIT_HAS_OPEN_WORK) while it has open assignments, active accounts or roster filings awaiting ' +
      '备案; office director only',
  })
  @ApiOkResponse({ type: UnitResponse })
  dissolve(
    @Param('code', UnitCodePipe) code: string,
    @Body() dto: DissolveUnitDto,
    @CurrentUser() by: RequestUser,
  ): Promise<UnitResponse> {
    return this.service.dissolve(code, dto, by);
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
