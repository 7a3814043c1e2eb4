import { Column, Entity, PrimaryColumn } from 'typeorm';

// 考核 weights the office set for a year (none: the defaults apply). Each change is also in audit_log with the
// old and new weights and the reason.
@Entity({ name: 'assessment_weights' })
export class AssessmentWeightsEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  // AssessmentWeights: { rates, perItem }.
  @Column({ type: 'simple-json' })
  weights!: unknown;

  @Column({ name: 'set_by', type: 'varchar', length: 64 })
  setBy!: string;

  @Column({ name: 'set_at', type: 'datetime', precision: 3 })
  setAt!: Date;

  @Column({ type: 'text' })
  reason!: string;
}
