import type { TestingModuleBuilder } from '@nestjs/testing';
import { getOptionsToken } from '@nestjs/throttler';

import { LOGIN_RATE_KEY } from '../../apps/api/src/auth/auth.decorators';

// The API with only its login throttler, at `limit` attempts a minute per client (the tests' default turns the
// throttlers off): for the tests of the login limits.
export const withLoginLimit =
  (limit: number) =>
  (b: TestingModuleBuilder): TestingModuleBuilder =>
    b.overrideProvider(getOptionsToken()).useValue({
      throttlers: [
        {
          name: 'login',
          ttl: 60_000,
          limit,
          skipIf: (ctx: { getHandler(): object }) => !Reflect.getMetadata(LOGIN_RATE_KEY, ctx.getHandler()),
        },
      ],
    });
