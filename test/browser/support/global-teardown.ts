import { stackOf, stopStack } from './global-setup';

// Stops the API, the worker and Temporal that global-setup.ts started, and drops the test database.
export default async function globalTeardown(): Promise<void> {
  const stack = stackOf();
  if (stack) {
    await stopStack(stack);
  }
  delete process.env.BROWSER_BASE_URL;
}
