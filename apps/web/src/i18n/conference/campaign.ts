// The annual summary campaign (年度工作总结): this feature's strings (src/features/campaign). zh.ts and en.ts spread them in; MessageKey covers them.
export const campaignZh = {
  'campaign.title': '年度工作总结',
};

export const campaignEn: Record<keyof typeof campaignZh, string> = {
  'campaign.title': 'Annual work summaries',
};
