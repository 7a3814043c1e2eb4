import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import type { FollowedMatterSummary, MatterFollowView, Page } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { MatterEntity, MatterFollowEntity } from '@app/database';
import {
  AuditRepository,
  CalendarLoader,
  MatterFollowRepository,
  MatterReadRepository,
  timeProfileFromEnv,
} from '@app/database';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { RequestUser } from '../auth/request-user';
import { assertFound } from '../common/api.exception';
import { offsetOf, pageOf } from '../common/paging';
import type { ListFollowedQuery } from './dto/follow.dto';
import { toMatterSummary } from './matter.mapper';

const view = (matterId: string, row: MatterFollowEntity | null): MatterFollowView => ({
  matterId,
  followed: Boolean(row),
  since: row ? row.since.toISOString() : null,
  reason: row ? row.reason : null,
});

// 关注: a leader follows a matter (by hand here; on giving a 批示 the projection follows it for them) and is then
// told of the units' answers on it and of its end. Who may call it is the policy table's matters.follow.
@Injectable()
export class MatterFollowsService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly follows: MatterFollowRepository,
    private readonly reads: MatterReadRepository,
    private readonly audit: AuditRepository,
    private readonly calendars: CalendarLoader,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  // Idempotent: following a followed matter keeps the first follow (its time and reason) and records nothing.
  async follow(matterId: string, user: RequestUser): Promise<MatterFollowView> {
    const matter = await this.matter(matterId);
    const now = new Date();
    if (await this.follows.follow(matterId, user.id, 'manual', now)) {
      await this.record('matter.followed', matter, user);
    }
    return view(matterId, await this.follows.find(matterId, user.id));
  }

  // Idempotent: unfollowing a matter not followed changes and records nothing.
  async unfollow(matterId: string, user: RequestUser): Promise<MatterFollowView> {
    const matter = await this.matter(matterId);
    if (await this.follows.unfollow(matterId, user.id)) {
      await this.record('matter.unfollowed', matter, user);
    }
    return view(matterId, null);
  }

  async listFollowed(user: RequestUser, query: ListFollowedQuery): Promise<Page<FollowedMatterSummary>> {
    const [rows, total] = await this.follows.listFollowed(user.id, offsetOf(query), query.pageSize);
    const today = dateOfInstant(this.profile, Date.now());
    const clock = { calendar: await this.calendars.load(), today };
    const items = rows.map((r) => ({
      ...toMatterSummary(r.matter, today, clock),
      followedSince: r.since.toISOString(),
      followReason: r.reason,
    }));
    return pageOf(items, total, query);
  }

  // Leadership sees every matter; a matter that does not exist is 404.
  private async matter(id: string): Promise<MatterEntity> {
    const matter = await this.reads.findById(id);
    assertFound(matter, ErrorCode.MatterNotFound, `No matter ${id}.`);
    return matter;
  }

  private record(action: string, matter: MatterEntity, user: RequestUser): Promise<void> {
    return this.audit.record({
      action,
      outcome: 'success',
      actorUserId: user.username,
      target: matter.code,
      detail: { matterId: matter.id, capacity: user.actor.role },
    });
  }
}
