export interface MemberUnitSeed {
  ordinal: number;
  code: string;
  nameZh: string;
  nameEn: string;
  // Short names and aliases people write in minutes and type in pickers (seed data).
  aliases: readonly string[];
  isLeadUnit: boolean;
  dutyZh: string;
  dutyKeywords: readonly string[];
}
