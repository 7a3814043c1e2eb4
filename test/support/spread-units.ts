// The eight member units that the many-matter tests (the read model's convergence, the fault campaign) hand
// their matters to by turns.
export const SPREAD_UNITS: readonly string[] = [
  'justice',
  'finance',
  'statistics',
  'health',
  'agriculture',
  'court',
  'procuratorate',
  'education-sports',
];
