import type { SummaryCampaignState } from '@app/contracts';
import type { DataSource } from 'typeorm';
import { In, LessThan } from 'typeorm';

import { CampaignEntity, CampaignUnitEntity, MemberUnitEntity } from '../entities';

const at = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

export interface MissingCampaignUnit {
  unitCode: string;
  nameZh: string;
}

// The read model of summary campaigns. Rows move only forward in the workflow's seq, so a retried or late
// projection never takes a campaign backwards.
export class CampaignRepository {
  constructor(private readonly ds: DataSource) {}

  async project(state: SummaryCampaignState): Promise<void> {
    await this.ds.transaction(async (em) => {
      const campaigns = em.getRepository(CampaignEntity);
      const row: CampaignEntity = {
        id: state.campaignId,
        kind: 'summary',
        year: state.year,
        dueDate: state.dueDate,
        status: state.status,
        policy: state.policy,
        startedBy: state.startedBy.userId,
        startedAt: new Date(state.startedAt),
        completedAt: at(state.completedAt),
        seq: state.seq,
      };
      // SQLite (the embedded fallback) has no row locks, and needs none: it runs one writing transaction at a
      // time. TypeORM refuses the lock option there.
      const existing = await campaigns.findOne({
        where: { id: state.campaignId },
        ...(this.ds.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' as const } }),
      });
      if (existing && existing.seq >= state.seq) {
        return;
      }
      await (existing ? campaigns.update({ id: row.id, seq: LessThan(state.seq) }, row) : campaigns.insert(row));
      const units = em.getRepository(CampaignUnitEntity);
      await units.upsert(
        state.units.map((u) => ({
          campaignId: state.campaignId,
          unitCode: u.unitCode,
          status: u.status,
          summaryText: u.text,
          attachments: u.attachments,
          submittedAt: at(u.submittedAt),
          submittedBy: u.submittedBy,
          returnedAt: at(u.returnedAt),
          returnReason: u.returnReason,
          acceptedAt: at(u.acceptedAt),
          revisions: u.revisions,
          escalationLevel: u.escalationLevel,
          reminders: u.reminders,
          draft: u.draft ?? null,
          draftSteps: u.draftSteps ?? null,
          seq: state.seq,
        })),
        ['campaignId', 'unitCode'],
      );
    });
  }

  // The years whose campaign is still running (a calendar change must reach their workflows).
  async listOpenYears(): Promise<number[]> {
    const rows = await this.ds
      .getRepository(CampaignEntity)
      .find({ select: { year: true }, where: { status: 'open' } });
    return rows.map((r) => r.year).sort((a, b) => a - b);
  }

  findById(id: string): Promise<CampaignEntity | null> {
    return this.ds.getRepository(CampaignEntity).findOneBy({ id });
  }

  listUnits(campaignId: string, unitCode?: string): Promise<CampaignUnitEntity[]> {
    return this.ds
      .getRepository(CampaignUnitEntity)
      .find({ where: { campaignId, ...(unitCode ? { unitCode } : {}) }, order: { unitCode: 'ASC' } });
  }

  // Summary campaigns, highest year first; with `unitCode`, only those that ask that unit.
  listSummaries(unitCode?: string): Promise<CampaignEntity[]> {
    const qb = this.ds
      .getRepository(CampaignEntity)
      .createQueryBuilder('c')
      .where('c.kind = :kind', { kind: 'summary' })
      .orderBy('c.year', 'DESC');
    if (unitCode) {
      qb.innerJoin(CampaignUnitEntity, 'cu', 'cu.campaign_id = c.id AND cu.unit_code = :unitCode', { unitCode });
    }
    return qb.getMany();
  }

  // Per campaign, how many units stand at each status (from the (campaign_id, status) index alone).
  async countUnitsByCampaign(campaignIds: string[]): Promise<Map<string, Record<string, number>>> {
    const out = new Map<string, Record<string, number>>(campaignIds.map((id) => [id, {}]));
    if (campaignIds.length === 0) {
      return out;
    }
    const rows = await this.ds
      .getRepository(CampaignUnitEntity)
      .createQueryBuilder('cu')
      .select('cu.campaign_id', 'campaignId')
      .addSelect('cu.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('cu.campaign_id IN (:...campaignIds)', { campaignIds })
      .groupBy('cu.campaign_id')
      .addGroupBy('cu.status')
      .getRawMany<{ campaignId: string; status: string; n: unknown }>();
    for (const r of rows) {
      out.get(r.campaignId)![r.status] = Number(r.n);
    }
    return out;
  }

  // The status of one unit's summary in each of the given campaigns.
  async unitStatuses(campaignIds: string[], unitCode: string): Promise<Map<string, string>> {
    if (campaignIds.length === 0) {
      return new Map();
    }
    const rows = await this.ds
      .getRepository(CampaignUnitEntity)
      .find({ select: { campaignId: true, status: true }, where: { campaignId: In(campaignIds), unitCode } });
    return new Map(rows.map((r) => [r.campaignId, r.status]));
  }

  // The summary campaign of the highest year (read backwards on the (kind, year) unique index).
  findLatestSummary(): Promise<CampaignEntity | null> {
    return this.ds
      .getRepository(CampaignEntity)
      .createQueryBuilder('c')
      .where('c.kind = :kind', { kind: 'summary' })
      .orderBy('c.year', 'DESC')
      .limit(1)
      .getOne();
  }

  // How many of a campaign's units stand at each status (from the (campaign_id, status) index alone).
  async countUnitsByStatus(campaignId: string): Promise<Record<string, number>> {
    const rows = await this.ds
      .getRepository(CampaignUnitEntity)
      .createQueryBuilder('cu')
      .select('cu.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('cu.campaign_id = :campaignId', { campaignId })
      .groupBy('cu.status')
      .getRawMany<{ status: string; n: unknown }>();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  // Units whose summary is not in yet (awaiting or returned for revision), in the units' statutory order.
  async listMissingUnits(campaignId: string): Promise<MissingCampaignUnit[]> {
    const rows = await this.ds
      .getRepository(CampaignUnitEntity)
      .createQueryBuilder('cu')
      .innerJoin(MemberUnitEntity, 'u', 'u.code = cu.unit_code')
      .select('cu.unit_code', 'unitCode')
      .addSelect('u.name_zh', 'nameZh')
      .where('cu.campaign_id = :campaignId', { campaignId })
      .andWhere('cu.status IN (:...missing)', { missing: ['awaiting', 'returned'] })
      .orderBy('u.ordinal', 'ASC')
      .getRawMany<MissingCampaignUnit>();
    return rows.map((r) => ({ unitCode: r.unitCode, nameZh: r.nameZh }));
  }
}
