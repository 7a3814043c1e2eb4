import { Body, Controller, Get, HttpCode, Ip, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { LoginRateLimited, Public } from '../auth.decorators';
import { TokenPairResponse } from '../dto/auth.dto';
import { OidcConfigResponse, OidcSessionDto } from './dto/oidc.dto';
import { OidcSignInService } from './oidc-sign-in.service';

// Binds a sign-in to the browser that started it; sent back only to these endpoints, on the provider's redirect.
const BROWSER_COOKIE = 'wuhua_oidc';
const COOKIE_PATH = '/api/auth/oidc';
const LOGIN_PAGE = '/login';

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return value.join('=');
    }
  }
  return undefined;
}

// The origin the browser used (behind a trusted proxy, as it forwarded it); null when the Host header is odd.
function originOf(req: Request): string | null {
  const host = req.get('host') ?? '';
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `${req.protocol}://${host}` : null;
}

const stringParam = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 2048) : undefined);

// Sign-in through the district's OpenID Connect provider (authorization code flow with PKCE). The browser-facing
// steps answer with redirects, never with an error page: a refusal lands on the login page with a code.
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly service: OidcSignInService) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'Whether sign-in by OIDC is on, and the name to show on its button' })
  @ApiOkResponse({ type: OidcConfigResponse })
  config() {
    return this.service.configView();
  }

  @Get('start')
  @Public()
  @LoginRateLimited()
  @ApiOperation({ summary: "Start sign-in: redirects to the provider's authorization endpoint (state, nonce, PKCE)" })
  @ApiResponse({ status: 302, description: 'To the provider; or to /login?oidc_error=<code> when it is off or down' })
  async start(@Req() req: Request, @Res() res: Response, @Ip() ip: string) {
    const started = await this.service.start(originOf(req), ip);
    if (typeof started === 'string') {
      return res.redirect(302, `${LOGIN_PAGE}?oidc_error=${started}`);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.cookie(BROWSER_COOKIE, started.browser, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: COOKIE_PATH,
      maxAge: 10 * 60 * 1000,
    });
    return res.redirect(302, started.location);
  }

  @Get('callback')
  @Public()
  @LoginRateLimited()
  @ApiOperation({ summary: "The provider's redirect back: checks state, exchanges the code, verifies the ID token" })
  @ApiQuery({ name: 'code', required: false, type: String })
  @ApiQuery({ name: 'state', required: false, type: String })
  @ApiQuery({ name: 'error', required: false, type: String })
  @ApiQuery({ name: 'error_description', required: false, type: String })
  @ApiQuery({ name: 'iss', required: false, type: String })
  @ApiResponse({
    status: 302,
    description: 'To /login#oidc=<handoff> when signed in, else to /login?oidc_error=<code> (audited)',
  })
  async callback(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response, @Ip() ip: string) {
    const result = await this.service.callback(
      {
        code: stringParam(query.code),
        state: stringParam(query.state),
        error: stringParam(query.error),
        iss: stringParam(query.iss),
      },
      cookieOf(req, BROWSER_COOKIE),
      ip,
    );
    res.clearCookie(BROWSER_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: req.secure });
    res.setHeader('Cache-Control', 'no-store');
    return res.redirect(
      302,
      result.ok ? `${LOGIN_PAGE}#oidc=${result.handoff}` : `${LOGIN_PAGE}?oidc_error=${result.failure}`,
    );
  }

  @Post('session')
  @Public()
  @LoginRateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the one-time handoff of a finished sign-in for an access and a refresh token' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: unknown, used or expired handoff' })
  session(@Body() dto: OidcSessionDto, @Ip() ip: string) {
    return this.service.session(dto.handoff, ip);
  }
}
