import type { TimeProfile } from '@app/calendar';
import { assertProfileAllowed, parseTimeProfile } from '@app/calendar';
import type { EnvironmentVariables } from '@app/config';

// The profile both apps run on; production refuses a compressed one (the env validation says so too).
export function timeProfileFromEnv(env: EnvironmentVariables): TimeProfile {
  const profile = parseTimeProfile(env.CALENDAR_PROFILE, Date.now());
  assertProfileAllowed(profile, env.NODE_ENV);
  return profile;
}
