// Work briefings (工作简报): this feature's strings (src/features/briefings). zh.ts and en.ts spread them in; MessageKey covers them.
export const briefingsZh = {
  'briefings.title': '工作简报',
};

export const briefingsEn: Record<keyof typeof briefingsZh, string> = {
  'briefings.title': 'Work briefings',
};
