import { randomBytes } from 'node:crypto';

import { envOf } from '@app/config';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';

import { rateLimits } from '../common/rate-limits';
import { RefusalAudit } from '../common/refusal-audit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { BootstrapUsersService } from './bootstrap-users.service';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      // Outside production a missing secret becomes a random one (tokens then last as long as the process).
      useFactory: (config: ConfigService) => ({ secret: envOf(config).JWT_SECRET ?? randomBytes(32).toString('hex') }),
    }),
    ThrottlerModule.forRootAsync({ inject: [ConfigService], useFactory: rateLimits }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordService,
    TokenService,
    BootstrapUsersService,
    RefusalAudit,
    // Order matters: authentication first, so the write limit can count per person.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
  ],
  exports: [PasswordService, TokenService, RefusalAudit],
})
export class AuthModule {}
