// Topics (议题): this feature's strings (src/features/topics). zh.ts and en.ts spread them in; MessageKey covers them.
export const topicsZh = {
  'topics.title': '议题',
};

export const topicsEn: Record<keyof typeof topicsZh, string> = {
  'topics.title': 'Topics',
};
