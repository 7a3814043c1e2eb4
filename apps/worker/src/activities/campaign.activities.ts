import type { TimeProfile, WorkingDayCalendar } from '@app/calendar';
import { endOfDate, startOfDate } from '@app/calendar';
import type { SummaryCampaignState } from '@app/contracts';
import type { CampaignRepository, UnitRepository } from '@app/database';
import type { CampaignNoticeWriter } from '@app/notifications';
import type { CampaignActivities, CampaignNotice, CampaignPlanInput, CampaignTimer } from '@app/workflow-api';

export interface CampaignActivityDeps {
  campaigns: Pick<CampaignRepository, 'project'>;
  units: Pick<UnitRepository, 'findByCode'>;
  loadCalendar: () => Promise<WorkingDayCalendar>;
  profile: TimeProfile;
  notices: Pick<CampaignNoticeWriter, 'campaignNotice'>;
}

// Per unit: the friendly reminder at the start of the n-th working day before the due date, then each ladder
// level when the n-th working day after the due date ends (level 0: when the due date itself ends).
export function planCampaignTimers(
  input: CampaignPlanInput,
  calendar: WorkingDayCalendar,
  profile: TimeProfile,
): CampaignTimer[] {
  const timers: CampaignTimer[] = [];
  for (const unitCode of input.unitCodes) {
    if (input.policy.remindBeforeWorkingDays > 0) {
      const { date } = calendar.subtractWorkingDays(input.dueDate, input.policy.remindBeforeWorkingDays, unitCode);
      timers.push({ key: `${unitCode}:pre:${date}`, unitCode, level: 'pre', atMs: startOfDate(profile, date) });
    }
    for (const step of input.policy.ladder) {
      const { date } = calendar.addWorkingDays(input.dueDate, step.afterWorkingDays, unitCode);
      timers.push({
        key: `${unitCode}:${step.level}:${date}`,
        unitCode,
        level: step.level,
        atMs: endOfDate(profile, date),
      });
    }
  }
  return timers.sort((a, b) => a.atMs - b.atMs || a.key.localeCompare(b.key));
}

// Built from Nest-provided dependencies; the worker registers the returned functions.
export function createCampaignActivities(deps: CampaignActivityDeps): CampaignActivities {
  return {
    async planCampaign(input: CampaignPlanInput): Promise<CampaignTimer[]> {
      return planCampaignTimers(input, await deps.loadCalendar(), deps.profile);
    },

    projectCampaign(state: SummaryCampaignState): Promise<void> {
      return deps.campaigns.project(state);
    },

    async sendCampaignNotice(notice: CampaignNotice): Promise<number> {
      const unit = await deps.units.findByCode(notice.unitCode);
      return deps.notices.campaignNotice(notice, unit?.nameZh ?? notice.unitCode, new Date());
    },
  };
}
