// Meetings held: agenda, attendance, minutes and matters (features/office/Meeting*): this feature's strings (src/features/office). zh.ts and en.ts spread them in; MessageKey covers them.
export const meetingRecordsZh = {
  'meetingRecord.title': '会议',
};

export const meetingRecordsEn: Record<keyof typeof meetingRecordsZh, string> = {
  'meetingRecord.title': 'Meeting',
};
