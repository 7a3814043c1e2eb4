import type { SummaryCampaignState } from '@app/contracts';
import type { DataSource } from 'typeorm';
import { LessThan } from 'typeorm';

import { CampaignEntity, CampaignUnitEntity } from '../entities';

const at = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

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
      const existing = await campaigns.findOne({
        where: { id: state.campaignId },
        lock: { mode: 'pessimistic_write' },
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
}
