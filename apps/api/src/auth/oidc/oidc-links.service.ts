import type { OidcLinkView } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { OidcLinkEntity } from '@app/database';
import { AuditRepository, OidcLinkRepository, UserRepository } from '@app/database';
import { Injectable } from '@nestjs/common';

import { ApiException } from '../../common/api.exception';
import type { RequestUser } from '../request-user';
import { OidcSignInService } from './oidc-sign-in.service';
import type { OidcSettings } from './oidc.settings';

const toView = (link: OidcLinkEntity, username: string): OidcLinkView => ({
  issuer: link.issuer,
  subject: link.subject,
  userId: link.userId,
  username,
  createdBy: link.createdBy,
  createdAt: link.createdAt.toISOString(),
});

// An administrator links the provider's subject to an account (and unlinks it); every change is audited. A first
// sign-in is never matched to an account by itself: our accounts carry no e-mail address to match a claim against,
// and a name or e-mail claim is the provider's to change, so only an administrator's link lets a subject in.
@Injectable()
export class OidcLinksService {
  constructor(
    private readonly signIn: OidcSignInService,
    private readonly links: OidcLinkRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(): Promise<OidcLinkView[]> {
    const settings = this.enabled();
    return (await this.links.list(settings.issuer)).map(({ link, username }) => toView(link, username));
  }

  async link(userId: string, subject: string, by: RequestUser): Promise<OidcLinkView> {
    const settings = this.enabled();
    const user = await this.users.findById(userId);
    if (!user) {
      throw new ApiException(ErrorCode.NotFound, `No account has the id ${userId}.`);
    }
    const taken = await this.links.find(settings.issuer, subject);
    if (taken && taken.userId === userId) {
      return toView(taken, user.username);
    }
    if (taken) {
      throw new ApiException(
        ErrorCode.OidcSubjectLinked,
        'This subject is linked to another account; unlink it there first.',
      );
    }
    const current = await this.links.findForUser(settings.issuer, userId);
    if (current) {
      throw new ApiException(
        ErrorCode.OidcSubjectLinked,
        `The account ${user.username} is linked to another subject; unlink it first.`,
      );
    }
    const link: OidcLinkEntity = {
      issuer: settings.issuer,
      subject,
      userId,
      createdBy: by.username,
      createdAt: new Date(),
    };
    if (!(await this.links.insertIfAbsent(link))) {
      throw new ApiException(ErrorCode.OidcSubjectLinked, 'The subject or the account was linked just now; reload.');
    }
    await this.audit.record({
      action: 'oidc.link',
      outcome: 'success',
      actorUserId: by.username,
      target: user.username,
      detail: { issuer: settings.issuer, subject },
    });
    return toView(link, user.username);
  }

  async unlink(userId: string, by: RequestUser): Promise<void> {
    const settings = this.enabled();
    const current = await this.links.findForUser(settings.issuer, userId);
    if (!current || !(await this.links.remove(settings.issuer, userId))) {
      throw new ApiException(ErrorCode.NotFound, 'This account is not linked to a subject of the provider.');
    }
    const user = await this.users.findById(userId);
    await this.audit.record({
      action: 'oidc.unlink',
      outcome: 'success',
      actorUserId: by.username,
      target: user?.username ?? userId,
      detail: { issuer: settings.issuer, subject: current.subject },
    });
  }

  private enabled(): OidcSettings {
    if (!this.signIn.settings) {
      throw new ApiException(ErrorCode.InvalidCommand, 'Sign-in by OIDC is not configured (set OIDC_ISSUER, …).');
    }
    return this.signIn.settings;
  }
}
