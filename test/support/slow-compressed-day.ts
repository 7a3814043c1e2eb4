// A slower compressed calendar for a scenario whose commands must land on given dates: one calendar day lasts
// 12 s (test/setup/environment.js gives 1.5 s), anchored on Monday 2026-03-02 at import. Imported first by the
// test file, before the modules that read the profile (the API's and the worker's configuration) are loaded.
export const SLOW_DAY_MS = 12_000;
process.env.CALENDAR_PROFILE = `compressed:${SLOW_DAY_MS}:2026-03-02:${Date.now()}`;
process.env.TEST_DAY_MS = String(SLOW_DAY_MS);
