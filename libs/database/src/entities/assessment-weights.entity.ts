import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OfficeSettingColumns } from './office-setting.columns';

// 考核 weights the office set for a year (none: the defaults apply). Each change is also in audit_log with the
// old and new weights and the reason.
@Entity({ name: 'assessment_weights' })
export class AssessmentWeightsEntity extends OfficeSettingColumns {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  // AssessmentWeights: { rates, perItem }.
  @Column({ type: 'simple-json' })
  weights!: unknown;
}
