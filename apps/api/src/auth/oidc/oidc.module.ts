import { Module } from '@nestjs/common';

import { AuthModule } from '../auth.module';
import { OidcLinksController } from './oidc-links.controller';
import { OidcLinksService } from './oidc-links.service';
import { OidcProviderClient } from './oidc-provider.client';
import { OidcSignInService } from './oidc-sign-in.service';
import { OidcController } from './oidc.controller';

// Sign-in through the district's OpenID Connect provider, beside the password login (AuthModule's tokens).
@Module({
  imports: [AuthModule],
  controllers: [OidcController, OidcLinksController],
  providers: [OidcProviderClient, OidcSignInService, OidcLinksService],
})
export class OidcModule {}
