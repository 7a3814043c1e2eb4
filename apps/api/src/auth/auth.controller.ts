import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, LoginRateLimited, Policy, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto, TokenPairResponse, UserViewResponse } from './dto/auth.dto';
import type { RequestUser } from './request-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @Post('login')
  @Public()
  @LoginRateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with username and password; returns an access and a refresh token' })
  @ApiOkResponse({ type: TokenPairResponse })
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.service.login(dto.username, dto.password, ip);
  }

  @Post('refresh')
  @Public()
  @LoginRateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token (once) for a new token pair' })
  @ApiOkResponse({ type: TokenPairResponse })
  refresh(@Body() dto: RefreshDto, @Ip() ip: string) {
    return this.service.refresh(dto.refreshToken, ip);
  }

  @Post('logout')
  @Policy('auth.self')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Log out: revokes the refresh token and every token rotated from the same login' })
  logout(@Body() dto: RefreshDto, @CurrentUser() user: RequestUser, @Ip() ip: string) {
    return this.service.logout(dto.refreshToken, user, ip);
  }

  @Get('me')
  @Policy('auth.self')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user, roles and unit' })
  @ApiOkResponse({ type: UserViewResponse })
  me(@CurrentUser() user: RequestUser) {
    return this.service.me(user);
  }
}
