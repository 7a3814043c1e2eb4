import { DEMO_PASSWORD } from '../../apps/api/src/auth/bootstrap-users.service';

// Signs in one of the demo accounts that SEED_DEMO_USERS creates, on the API at `base` (a stack the test started
// as a child process); returns the headers of a JSON request as that account.
export async function demoLogin(base: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
}
