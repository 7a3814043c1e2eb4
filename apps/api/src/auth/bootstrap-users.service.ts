import { randomBytes } from 'node:crypto';

import { envOf } from '@app/config';
import type { UserRole } from '@app/contracts';
import { AuditRepository, newAccount, UserRepository } from '@app/database';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { PasswordService } from './password.service';

export const DEMO_PASSWORD = 'Demo-Password-2026';

// One demo account per role, clearly named, never in production.
export const DEMO_USERS: { username: string; displayName: string; roles: UserRole[]; unitCode?: string }[] = [
  { username: 'demo.convener', displayName: '演示·召集人', roles: ['leadership'] },
  { username: 'demo.director', displayName: '演示·办公室主任', roles: ['office_director'] },
  { username: 'demo.office', displayName: '演示·办公室工作人员', roles: ['office_staff'] },
  { username: 'demo.justice.leader', displayName: '演示·区司法局负责人', roles: ['unit_leader'], unitCode: 'justice' },
  {
    username: 'demo.justice.liaison',
    displayName: '演示·区司法局联络员',
    roles: ['unit_liaison'],
    unitCode: 'justice',
  },
  {
    username: 'demo.finance.liaison',
    displayName: '演示·区财政局联络员',
    roles: ['unit_liaison'],
    unitCode: 'finance',
  },
  { username: 'demo.admin', displayName: '演示·系统管理员', roles: ['admin'] },
  // Several roles, each in its own capacity (issue 12): the office's staffer who is also the liaison of the bureau
  // that leads most IP matters; the console's header switches 以区市场监督管理局身份 / 以联席办身份.
  {
    username: 'demo.market.office',
    displayName: '演示·市场监管局联络员（兼联席办）',
    roles: ['office_staff', 'unit_liaison'],
    unitCode: 'market-regulation',
  },
];

// First start: an administrator exists (password from ADMIN_INITIAL_PASSWORD, or generated and printed once).
@Injectable()
export class BootstrapUsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('users');

  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditRepository,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const env = envOf(this.config);
    if (!(await this.users.anyWithRole('admin'))) {
      const password = env.ADMIN_INITIAL_PASSWORD ?? `${randomBytes(12).toString('base64url')}-A1`;
      const created = await this.create('admin', '系统管理员', ['admin'], null, password, false);
      if (!created) {
        // Another process created it first.
      } else if (env.ADMIN_INITIAL_PASSWORD) {
        this.logger.warn('created the first administrator "admin" with ADMIN_INITIAL_PASSWORD');
      } else {
        // Printed once, on the console only, never to a log store: change it after the first login.
        console.log(`\n  First administrator created: username "admin", password "${password}" (shown once)\n`);
      }
    }
    if (env.SEED_DEMO_USERS === 'true' && env.NODE_ENV !== 'production') {
      let created = 0;
      for (const demo of DEMO_USERS) {
        if (
          !(await this.users.findByUsername(demo.username)) &&
          (await this.create(demo.username, demo.displayName, demo.roles, demo.unitCode ?? null, DEMO_PASSWORD, true))
        ) {
          created++;
        }
      }
      if (created > 0) {
        this.logger.warn(`created ${created} demo accounts (password "${DEMO_PASSWORD}"); not for production`);
      }
    }
  }

  private async create(
    username: string,
    displayName: string,
    roles: UserRole[],
    unitCode: string | null,
    password: string,
    isDemo: boolean,
  ): Promise<boolean> {
    const created = await this.users.insertIfAbsent(
      newAccount({
        username,
        displayName,
        passwordHash: await this.passwords.hash(password),
        roles,
        unitCode,
        isDemo,
        createdBy: 'system',
      }),
    );
    if (!created) {
      return false;
    }
    await this.audit.record({
      action: 'user.created',
      outcome: 'success',
      actorUserId: 'system',
      target: username,
      detail: { roles, isDemo },
    });
    return true;
  }
}
