// Filings (重大事项抄送, 信息报送): this feature's strings (src/features/filings). zh.ts and en.ts spread them in; MessageKey covers them.
export const filingsZh = {
  'filings.title': '报送',
};

export const filingsEn: Record<keyof typeof filingsZh, string> = {
  'filings.title': 'Filings',
};
