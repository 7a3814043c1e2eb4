import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';

import { Authenticated } from '../../common/api-docs.decorators';
import { CurrentUser, Policy } from '../auth.decorators';
import type { RequestUser } from '../request-user';
import { OidcLinkDto, OidcLinkResponse } from './dto/oidc.dto';
import { OidcLinksService } from './oidc-links.service';

@ApiTags('users')
@ApiBearerAuth()
@Authenticated()
@Policy('users.manage')
@Controller('oidc/links')
export class OidcLinksController {
  constructor(private readonly service: OidcLinksService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts linked to a subject of the OIDC provider; admin only' })
  @ApiOkResponse({ type: [OidcLinkResponse] })
  @ApiResponse({ status: 422, description: 'INVALID_COMMAND: sign-in by OIDC is not configured' })
  list() {
    return this.service.list();
  }

  @Put(':userId')
  @ApiOperation({
    summary: "Link the provider's subject to this account, so that it signs in by OIDC; admin only, audited",
  })
  @ApiOkResponse({ type: OidcLinkResponse })
  @ApiResponse({ status: 404, description: 'NOT_FOUND: no such account' })
  @ApiResponse({ status: 409, description: 'OIDC_SUBJECT_LINKED: the subject or the account is linked already' })
  link(@Param('userId', new ParseUUIDPipe()) userId: string, @Body() dto: OidcLinkDto, @CurrentUser() by: RequestUser) {
    return this.service.link(userId, dto.subject, by);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: "Unlink this account from the provider's subject; admin only, audited" })
  @ApiNoContentResponse()
  @ApiResponse({ status: 404, description: 'NOT_FOUND: the account is not linked' })
  unlink(@Param('userId', new ParseUUIDPipe()) userId: string, @CurrentUser() by: RequestUser) {
    return this.service.unlink(userId, by);
  }
}
