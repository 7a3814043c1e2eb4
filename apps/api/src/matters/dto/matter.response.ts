import type {
  AssignmentView,
  CommandResponseBody,
  MatterDetail,
  MatterEventView,
  MatterSummary,
  Page,
  PendingExtension,
} from '@app/contracts';
import { ASSIGNMENT_STATUSES, MATTER_LIGHTS, MATTER_PRIORITIES, MATTER_STATUSES } from '@app/contracts';
import type {
  AssignmentRole,
  AssignmentStatus,
  EscalationLevel,
  MatterLight,
  MatterPriority,
  MatterStatus,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MatterSummaryResponse implements MatterSummary {
  @ApiProperty({ example: 'a3e4c1f2-5b6d-4e7f-8a9b-0c1d2e3f4a5b' }) id!: string;
  @ApiProperty({ example: '2026-03' }) code!: string;
  @ApiProperty({ example: '开展知识产权宣传周活动' }) title!: string;
  @ApiProperty({ nullable: true, type: String }) meetingId!: string | null;
  @ApiProperty({ nullable: true, type: String }) source!: string | null;
  @ApiProperty({ example: 'market-regulation' }) leadUnitCode!: string;
  @ApiProperty({ example: ['justice'], type: [String] }) coUnitCodes!: string[];
  @ApiProperty({ example: '2026-04-30' }) dueDate!: string;
  @ApiProperty({ example: '2026-04-30' }) originalDueDate!: string;
  @ApiProperty({ enum: MATTER_PRIORITIES }) priority!: MatterPriority;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: MATTER_STATUSES }) status!: MatterStatus;
  @ApiProperty({ enum: MATTER_LIGHTS }) light!: MatterLight;
  @ApiProperty({ description: 'Open and past its due date (Asia/Shanghai)' }) overdue!: boolean;
  @ApiProperty() extensionPending!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-05-06',
    description: 'Due date plus paused working days',
  })
  effectiveDueDate!: string | null;
  @ApiProperty({ nullable: true, enum: ['reminder', 'urging', 'supervision', 'report'] })
  escalationLevel!: EscalationLevel | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the next breach falls due if nobody acts' })
  predictedBreachAt!: string | null;
  @ApiProperty({ description: 'A deadline lies in a year whose holiday schedule is not published yet' })
  deadlineProvisional!: boolean;
  @ApiProperty({ example: '2026-03-02T02:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ description: 'Sequence number of the last event reflected' }) seq!: number;
}

export class AssignmentResponse implements AssignmentView {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ example: '区司法局' }) unitNameZh!: string;
  @ApiProperty({ enum: ['lead', 'co'] }) role!: AssignmentRole;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty() assignedAt!: string;
  @ApiProperty({ nullable: true, type: String }) acknowledgedAt!: string | null;
  @ApiProperty({ example: 40 }) percent!: number;
  @ApiProperty({ nullable: true, type: String }) lastProgressAt!: string | null;
  @ApiProperty() returnCount!: number;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) ackDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) progressDueAt!: string | null;
  @ApiProperty({ description: "The unit's clock is paused while the office decides" }) clockPaused!: boolean;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) progress!: AssignmentView['progress'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  contribution!: AssignmentView['contribution'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  completion!: AssignmentView['completion'];
  @ApiProperty({ nullable: true, type: String }) declineReason!: string | null;
}

export class MatterEventResponse implements MatterEventView {
  @ApiProperty({ example: 3 }) seq!: number;
  @ApiProperty({ example: 'assignment.acknowledged' }) type!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ example: 'liaison.justice' }) actorUserId!: string;
  @ApiProperty({ example: 'unit' }) actorRole!: string;
  @ApiProperty({ nullable: true, type: String }) actorUnitCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) unitCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class MatterDetailResponse extends MatterSummaryResponse implements MatterDetail {
  @ApiProperty() description!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  pendingExtension!: PendingExtension | null;
  @ApiProperty() extensionCount!: number;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Leadership instructions (批示)' })
  instructions!: MatterDetail['instructions'];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Policy, plan, pauses',
  })
  supervision!: MatterDetail['supervision'];
  @ApiProperty({ type: [AssignmentResponse] }) assignments!: AssignmentResponse[];
  @ApiProperty({ type: [MatterEventResponse], description: 'The timeline, oldest first' })
  events!: MatterEventResponse[];
}

export class MatterPageResponse implements Page<MatterSummary> {
  @ApiProperty({ type: [MatterSummaryResponse] }) items!: MatterSummaryResponse[];
  @ApiProperty({ example: 42 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
}

export class CommandResponse implements CommandResponseBody {
  @ApiProperty({ type: MatterDetailResponse }) matter!: MatterDetailResponse;
  @ApiProperty({ type: [MatterEventResponse] }) appended!: MatterEventResponse[];
  @ApiProperty({ description: 'True when the Idempotency-Key matched a command already applied' }) replayed!: boolean;
}
