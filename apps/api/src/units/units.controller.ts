import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { SuggestLeadUnitQuery } from './dto/suggest.query';
import { LeadUnitSuggestionResponse, UnitResponse } from './dto/unit.response';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly service: UnitsService) {}

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
  get(@Param('code') code: string): Promise<UnitResponse> {
    return this.service.get(code);
  }
}
