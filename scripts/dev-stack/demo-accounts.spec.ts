import { seedDemoUsers } from './demo-accounts';

describe(seedDemoUsers.name, () => {
  it('seeds the demo accounts on the embedded SQLite', () => {
    expect(seedDemoUsers({})).toBe('true');
  });

  it('does not seed them on a real MySQL unless DEMO_ACCOUNTS=1', () => {
    const mysql = { DATABASE_URL: 'mysql://app:secret@db:3306/wuhua' };
    expect(seedDemoUsers(mysql)).toBe('false');
    expect(seedDemoUsers({ ...mysql, DEMO_ACCOUNTS: '0' })).toBe('false');
    expect(seedDemoUsers({ ...mysql, DEMO_ACCOUNTS: '1' })).toBe('true');
  });

  it('defaults nothing in production, and otherwise follows an explicit SEED_DEMO_USERS', () => {
    expect(seedDemoUsers({ NODE_ENV: 'production', DEMO_ACCOUNTS: '1' })).toBeUndefined();
    expect(seedDemoUsers({ SEED_DEMO_USERS: 'false' })).toBe('false');
    expect(seedDemoUsers({ DATABASE_URL: 'mysql://x', SEED_DEMO_USERS: 'true' })).toBe('true');
  });
});
