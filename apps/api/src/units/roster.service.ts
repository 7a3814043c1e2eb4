import { randomUUID } from 'node:crypto';

import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import { ErrorCode, seesPhonesOf } from '@app/contracts';
import type { UnitContactEntity } from '@app/database';
import {
  AuditRepository,
  CONFERENCE_ROSTER,
  currentOf,
  previousHolder,
  RosterRepository,
  timeProfileFromEnv,
  UnitDirectoryLoader,
  UserRepository,
} from '@app/database';
import { isCalendarDate } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { RequestUser } from '../auth/request-user';
import { ApiException } from '../common/api.exception';
import { assertAssignable, assertKnownUnit } from './unit-refusals';
import type {
  ConferenceRosterResponse,
  DecideRosterChangeDto,
  FileConferenceRosterChangeDto,
  FileRosterChangeDto,
  RosterEntryResponse,
  RosterResponse,
} from './dto/roster.dto';

const toEntry = (c: UnitContactEntity, showPhone: boolean): RosterEntryResponse => ({
  id: c.id,
  unitCode: c.unitCode,
  kind: c.kind,
  personName: c.personName,
  title: c.title,
  phone: showPhone ? c.phone : null,
  userId: c.userId,
  effectiveFrom: c.effectiveFrom,
  vacates: c.vacates,
  reason: c.reason,
  filedBy: c.filedBy,
  filedAt: c.filedAt.toISOString(),
  status: c.status,
  decidedBy: c.decidedBy,
  decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
  decisionReason: c.decisionReason,
});

const isOffice = (u: RequestUser): boolean => u.capacity?.role === 'office';
// Phone numbers are the office's and the unit's own business.
const seesPhones = (u: RequestUser, unitCode: string): boolean => seesPhonesOf(u.actor, unitCode);

// The seat whose recorded changes move an account's unit role: the roster routes every seat's notices, but only
// the 联络员 change grants (and takes back) a role, unit_liaison; 负责同志 and 分管领导 accounts are set up by the
// administrator, as before.
const ROLE_OF_SEAT = { kind: 'liaison_officer', role: 'unit_liaison' } as const;

// The roster of each unit (负责同志, 分管领导, 联络员) and of the conference (召集人, 副召集人). A unit files its own
// change (报备, status filed); it counts once the office records it (备案) — or never, if refused with a reason.
// The office's own filing is recorded at once. Which entries are in effect is read on the product's date (the
// time profile's); the notices follow them (libs/notifications RosterRouter).
@Injectable()
export class RosterService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly roster: RosterRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    private readonly units: UnitDirectoryLoader,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  async get(unitCode: string, viewer: RequestUser): Promise<RosterResponse> {
    assertKnownUnit(await this.units.load(), unitCode);
    // A change recorded ahead of its date reaches the account's role when it takes effect: the first read after.
    await this.applyRoles(unitCode);
    const history = await this.roster.history(unitCode);
    const phones = seesPhones(viewer, unitCode);
    const current = currentOf(history, this.today());
    const seat = (kind: string): RosterEntryResponse | null => {
      const entry = current.find((c) => c.kind === kind);
      return entry ? toEntry(entry, phones) : null;
    };
    return {
      unitCode,
      responsibleOfficial: seat('responsible_official'),
      supervisingLeader: seat('supervising_leader'),
      liaisonOfficer: seat('liaison_officer'),
      pending: history.filter((c) => c.status === 'filed').map((c) => toEntry(c, phones)),
      history: history.map((c) => toEntry(c, phones)),
    };
  }

  async file(unitCode: string, dto: FileRosterChangeDto, by: RequestUser): Promise<RosterResponse> {
    // A unit merged away files no more changes; its recorded roster stays as history.
    assertAssignable(await this.units.load(), [unitCode]);
    if (!isOffice(by) && by.capacity?.unitCode !== unitCode) {
      throw new ApiException(ErrorCode.Forbidden, `A unit files changes to its own roster only, not ${unitCode}'s.`);
    }
    await this.insert(unitCode, dto, by);
    await this.applyRoles(unitCode);
    return this.get(unitCode, by);
  }

  // 备案 or 不予备案 of a unit's filing; the office only.
  async decide(unitCode: string, id: string, dto: DecideRosterChangeDto, by: RequestUser): Promise<RosterResponse> {
    assertKnownUnit(await this.units.load(), unitCode);
    const entry = await this.roster.findById(id);
    if (!entry || entry.unitCode !== unitCode) {
      throw new ApiException(ErrorCode.NotFound, `No roster filing ${id} for ${unitCode}.`);
    }
    const status = dto.decision === 'record' ? 'recorded' : 'refused';
    const decided = await this.roster.decide(id, {
      status,
      decidedBy: by.username,
      decidedAt: new Date(),
      decisionReason: dto.reason ?? null,
    });
    if (!decided) {
      throw new ApiException(
        ErrorCode.InvalidTransition,
        `Roster filing ${id} is ${entry.status === 'refused' ? 'refused' : 'recorded'} already; file a new change.`,
      );
    }
    await this.audit.record({
      action: `roster.${status}`,
      outcome: 'success',
      actorUserId: by.username,
      target: unitCode,
      detail: { id, kind: entry.kind, personName: entry.personName, reason: dto.reason ?? null },
    });
    await this.applyRoles(unitCode);
    return this.get(unitCode, by);
  }

  // The office's queue: every unit's filing awaiting 备案, oldest first.
  async pending(viewer: RequestUser): Promise<RosterEntryResponse[]> {
    return (await this.roster.pending()).map((c) => toEntry(c, seesPhones(viewer, c.unitCode)));
  }

  async conference(viewer: RequestUser): Promise<ConferenceRosterResponse> {
    const history = await this.roster.history(CONFERENCE_ROSTER);
    const current = currentOf(history, this.today());
    const phones = isOffice(viewer);
    const convener = current.find((c) => c.kind === 'convener');
    return {
      convener: convener ? toEntry(convener, phones) : null,
      deputyConveners: current.filter((c) => c.kind === 'deputy_convener').map((c) => toEntry(c, phones)),
      history: history.map((c) => toEntry(c, phones)),
    };
  }

  // The office records the conference's changes itself.
  async fileConference(dto: FileConferenceRosterChangeDto, by: RequestUser): Promise<ConferenceRosterResponse> {
    await this.insert(CONFERENCE_ROSTER, dto, by);
    return this.conference(by);
  }

  private async insert(
    unitCode: string,
    dto: FileRosterChangeDto | FileConferenceRosterChangeDto,
    by: RequestUser,
  ): Promise<void> {
    if (!isCalendarDate(dto.effectiveFrom)) {
      throw new ApiException(
        ErrorCode.ValidationFailed,
        `effectiveFrom "${dto.effectiveFrom}" is not a calendar date.`,
      );
    }
    if (dto.userId) {
      await this.requireAccount(dto.userId, unitCode);
    }
    const office = isOffice(by);
    const now = new Date();
    const entry: UnitContactEntity = {
      id: randomUUID(),
      unitCode,
      kind: dto.kind,
      personName: dto.personName,
      title: dto.title ?? null,
      phone: dto.phone ?? null,
      userId: dto.userId ?? null,
      effectiveFrom: dto.effectiveFrom,
      vacates: dto.vacates ?? false,
      reason: dto.reason,
      filedBy: by.username,
      filedAt: now,
      status: office ? 'recorded' : 'filed',
      decidedBy: office ? by.username : null,
      decidedAt: office ? now : null,
      decisionReason: null,
      rolesAppliedAt: null,
    };
    await this.roster.insert(entry);
    await this.audit.record({
      action: office ? 'roster.recorded' : 'roster.filed',
      outcome: 'success',
      actorUserId: by.username,
      target: unitCode,
      detail: {
        id: entry.id,
        kind: dto.kind,
        personName: dto.personName,
        effectiveFrom: dto.effectiveFrom,
        userId: entry.userId,
        vacates: entry.vacates,
        capacity: by.capacity?.capacity ?? null,
      },
    });
  }

  // The account a seat names must exist, be active, and sit in no other unit.
  private async requireAccount(userId: string, unitCode: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user || user.disabled) {
      throw new ApiException(ErrorCode.ValidationFailed, `userId ${userId} is no active user account.`);
    }
    if (unitCode !== CONFERENCE_ROSTER && user.unitCode !== null && user.unitCode !== unitCode) {
      throw new ApiException(
        ErrorCode.ValidationFailed,
        `The account ${user.username} belongs to ${user.unitCode}, not ${unitCode}; a unit's roster names its own people.`,
      );
    }
  }

  // Each recorded 联络员 change in effect and not yet applied moves the unit_liaison role: from the account of the
  // change it replaces (if it named one, in this unit) to the account it names (which joins the unit if it sat in
  // none). Audited, once per change.
  private async applyRoles(unitCode: string): Promise<void> {
    const history = await this.roster.history(unitCode);
    const today = this.today();
    const due = history
      .filter((c) => c.kind === ROLE_OF_SEAT.kind && c.status === 'recorded' && !c.rolesAppliedAt)
      .filter((c) => c.effectiveFrom <= today)
      .reverse();
    for (const entry of due) {
      const before = previousHolder(history, entry);
      const incoming = entry.vacates ? null : entry.userId;
      if (before?.userId && before.userId !== incoming) {
        await this.moveRole(before.userId, unitCode, 'revoke', entry);
      }
      if (incoming) {
        await this.moveRole(incoming, unitCode, 'grant', entry);
      }
      await this.roster.markRolesApplied(entry.id, new Date());
    }
  }

  private async moveRole(userId: string, unitCode: string, how: 'grant' | 'revoke', entry: UnitContactEntity) {
    const user = await this.users.findById(userId);
    const role = ROLE_OF_SEAT.role;
    const detail = { rosterEntry: entry.id, role, userId, username: user?.username ?? null };
    if (!user || (user.unitCode !== null && user.unitCode !== unitCode)) {
      await this.audit.record({ action: `roster.role_${how}`, outcome: 'refused', target: unitCode, detail });
      return;
    }
    const has = user.roles.includes(role);
    if ((how === 'grant') === has && (how === 'revoke' || user.unitCode === unitCode)) {
      return;
    }
    user.roles =
      how === 'grant' ? [...user.roles.filter((r) => r !== role), role] : user.roles.filter((r) => r !== role);
    if (how === 'grant') {
      user.unitCode = unitCode;
    }
    user.updatedAt = new Date();
    await this.users.save(user);
    await this.audit.record({
      action: `roster.role_${how}`,
      outcome: 'success',
      actorUserId: entry.decidedBy,
      target: unitCode,
      detail,
    });
  }

  private today(): string {
    return dateOfInstant(this.profile, Date.now());
  }
}
