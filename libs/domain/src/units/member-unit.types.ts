export interface MemberUnitSeed {
  ordinal: number;
  code: string;
  nameZh: string;
  nameEn: string;
  isLeadUnit: boolean;
  dutyZh: string;
  dutyKeywords: readonly string[];
}
