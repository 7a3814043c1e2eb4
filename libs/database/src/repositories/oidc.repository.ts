import type { DataSource } from 'typeorm';
import { In, IsNull, LessThan, MoreThan } from 'typeorm';

import { OidcLinkEntity, OidcLoginEntity, UserEntity } from '../entities';

export type NewOidcLogin = Pick<
  OidcLoginEntity,
  'stateHash' | 'browserHash' | 'nonce' | 'codeVerifier' | 'redirectUri' | 'createdAt' | 'expiresAt'
>;

export class OidcLoginRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(login: NewOidcLogin): Promise<void> {
    // Sign-ins started and never finished are dropped here, a day after they expired.
    await this.ds
      .getRepository(OidcLoginEntity)
      .delete({ expiresAt: LessThan(new Date(login.createdAt.getTime() - 24 * 3600 * 1000)) });
    await this.ds.getRepository(OidcLoginEntity).insert({
      ...login,
      consumedAt: null,
      handoffHash: null,
      userId: null,
      handoffExpiresAt: null,
      handoffUsedAt: null,
    });
  }

  findByStateHash(stateHash: string): Promise<OidcLoginEntity | null> {
    return this.ds.getRepository(OidcLoginEntity).findOneBy({ stateHash });
  }

  // Takes the state once: false when it was already taken or has expired.
  async consume(stateHash: string, now: Date): Promise<boolean> {
    const result = await this.ds
      .getRepository(OidcLoginEntity)
      .update({ stateHash, consumedAt: IsNull(), expiresAt: MoreThan(now) }, { consumedAt: now });
    return (result.affected ?? 0) > 0;
  }

  async attachHandoff(stateHash: string, handoffHash: string, userId: string, expiresAt: Date): Promise<void> {
    await this.ds
      .getRepository(OidcLoginEntity)
      .update({ stateHash }, { handoffHash, userId, handoffExpiresAt: expiresAt });
  }

  // Takes the handoff once; the user id it carries, or null when unknown, used or expired.
  async takeHandoff(handoffHash: string, now: Date): Promise<string | null> {
    const repo = this.ds.getRepository(OidcLoginEntity);
    const row = await repo.findOneBy({ handoffHash });
    if (!row?.userId) {
      return null;
    }
    const result = await repo.update(
      { stateHash: row.stateHash, handoffUsedAt: IsNull(), handoffExpiresAt: MoreThan(now) },
      { handoffUsedAt: now },
    );
    return (result.affected ?? 0) > 0 ? row.userId : null;
  }
}

export class OidcLinkRepository {
  constructor(private readonly ds: DataSource) {}

  find(issuer: string, subject: string): Promise<OidcLinkEntity | null> {
    return this.ds.getRepository(OidcLinkEntity).findOneBy({ issuer, subject });
  }

  findForUser(issuer: string, userId: string): Promise<OidcLinkEntity | null> {
    return this.ds.getRepository(OidcLinkEntity).findOneBy({ issuer, userId });
  }

  // The links with their accounts' usernames, newest first.
  async list(issuer: string): Promise<{ link: OidcLinkEntity; username: string }[]> {
    const links = await this.ds.getRepository(OidcLinkEntity).find({ where: { issuer }, order: { createdAt: 'DESC' } });
    const ids = [...new Set(links.map((l) => l.userId))];
    const users = ids.length ? await this.ds.getRepository(UserEntity).findBy({ id: In(ids) }) : [];
    const names = new Map(users.map((u) => [u.id, u.username]));
    return links.map((link) => ({ link, username: names.get(link.userId) ?? '' }));
  }

  // Inserts unless the subject or the account is linked already (two administrators at once): false then.
  async insertIfAbsent(link: OidcLinkEntity): Promise<boolean> {
    await this.ds.getRepository(OidcLinkEntity).createQueryBuilder().insert().values(link).orIgnore().execute();
    const stored = await this.find(link.issuer, link.subject);
    return stored?.userId === link.userId && stored.createdAt.getTime() === link.createdAt.getTime();
  }

  async remove(issuer: string, userId: string): Promise<boolean> {
    const result = await this.ds.getRepository(OidcLinkEntity).delete({ issuer, userId });
    return (result.affected ?? 0) > 0;
  }
}
