import type {
  AllowedAction,
  AssignmentView,
  BoardAssignmentState,
  Countdown,
  MatterAssignmentSummary,
  MatterCommandName,
  CommandResponseBody,
  MatterDetail,
  MatterEventView,
  MatterSummary,
  Page,
  PendingExtension,
  ProvisionalDeadline,
} from '@app/contracts';
import {
  ASSIGNMENT_STATUSES,
  BOARD_ASSIGNMENT_STATES,
  MATTER_COMMAND_NAMES,
  MATTER_LIGHTS,
  MATTER_PRIORITIES,
  MATTER_STATUSES,
} from '@app/contracts';
import type {
  AssignmentRole,
  AssignmentStatus,
  EscalationLevel,
  MatterLight,
  MatterPriority,
  MatterStatus,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CountdownResponse implements Countdown {
  @ApiProperty({ enum: ['remaining', 'overdue'] }) kind!: 'remaining' | 'overdue';
  @ApiProperty({ example: 3, description: 'Working days left after today (0: today is the last day), or overdue' })
  workingDays!: number;
  @ApiProperty({ example: '2026-04-30', description: 'The last day allowed (YYYY-MM-DD)' }) lastDay!: string;
}

export class AllowedActionResponse implements AllowedAction {
  @ApiProperty({ enum: MATTER_COMMAND_NAMES }) command!: MatterCommandName;
  @ApiPropertyOptional({ type: [String], example: ['justice'], description: 'The units the command may act on' })
  unitCodes?: string[];
}

export class MatterAssignmentSummaryResponse implements MatterAssignmentSummary {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ enum: ['lead', 'co'] }) role!: AssignmentRole;
  @ApiProperty({
    enum: BOARD_ASSIGNMENT_STATES,
    description:
      'unsigned 未签收, in_progress 已签收/办理中, contributed 已配合, submitted 已报结, completed 已办结, not_done 未完成 (recorded when the matter was verified)',
  })
  state!: BoardAssignmentState;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 2,
    description: 'While unsigned: working days since dispatch, on the unit calendar',
  })
  days!: number | null;
}

export class ProvisionalDeadlineResponse implements ProvisionalDeadline {
  @ApiProperty({ type: [Number], example: [2027], description: 'Years without a published holiday schedule' })
  years!: number[];
  @ApiProperty({ example: 3, description: 'Working days counted onto the due date as set' })
  shiftedWorkingDays!: number;
}

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
  @ApiProperty({
    description:
      'The due date shown is provisional: working days counted onto it (the office waits) lie in a year whose holiday schedule is not published yet',
  })
  deadlineProvisional!: boolean;
  @ApiProperty({
    type: ProvisionalDeadlineResponse,
    nullable: true,
    description: 'Why the due date is provisional; null when it is not',
  })
  deadlineProvisionalWhy!: ProvisionalDeadlineResponse | null;
  @ApiProperty({
    type: CountdownResponse,
    nullable: true,
    description: 'Working days to the last day; null once closed',
  })
  countdown!: CountdownResponse | null;
  @ApiProperty({ example: '2026-03-02T02:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ description: 'Sequence number of the last event reflected' }) seq!: number;
  @ApiProperty({
    type: [MatterAssignmentSummaryResponse],
    description: "Each current unit's state on the matter (withdrawn and cancelled parts left out)",
  })
  unitStates!: MatterAssignmentSummaryResponse[];
  @ApiProperty({ description: 'Open and no unit has signed yet (待签收)' }) awaitingAck!: boolean;
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
  @ApiProperty({
    enum: ['complete', 'contribute', 'none'],
    description: 'What the unit answers for: the lead its completion, a co-unit its contribution',
  })
  duty!: 'complete' | 'contribute' | 'none';
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The date the unit is charged against now; null while the office holds its clock',
  })
  chargedDueDate!: string | null;
  @ApiProperty({ description: 'The charged date has passed: the unit is overdue on its own part' }) overdue!: boolean;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) progress!: AssignmentView['progress'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  contribution!: AssignmentView['contribution'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  completion!: AssignmentView['completion'];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The liaison's draft waiting for the unit's leader; only to a reader acting for the unit",
  })
  draft!: AssignmentView['draft'];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The leader's last return of a draft, with the note; only to a reader acting for the unit",
  })
  draftReturn!: AssignmentView['draftReturn'];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The unit's handler (承办人: name, phone, at, byUserId); the phone only to the office and the unit",
  })
  handler!: AssignmentView['handler'];
  @ApiProperty({ nullable: true, type: String }) declineReason!: string | null;
  @ApiProperty({ type: CountdownResponse, nullable: true, description: "On the unit's working days" })
  countdown!: CountdownResponse | null;
}

export class MatterEventResponse implements MatterEventView {
  @ApiProperty({ example: 3 }) seq!: number;
  @ApiProperty({ example: 'assignment.acknowledged' }) type!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ example: 'liaison.justice', description: 'Login name of the person (or system)' })
  actorUserId!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '王建国',
    description: "The person's display name; null for the system or an unknown login name",
  })
  actorName?: string | null;
  @ApiProperty({ example: 'unit' }) actorRole!: string;
  @ApiProperty({ nullable: true, type: String }) actorUnitCode!: string | null;
  @ApiProperty({
    example: 'unit:justice',
    description: 'The capacity acted in: office, unit:<code>, leadership, system',
  })
  actorCapacity!: string;
  @ApiPropertyOptional({
    type: [String],
    example: ['unit_liaison'],
    description:
      "The roles within that capacity the person acted in; empty for the system and older events (absent on a contest's steps)",
  })
  actorCapacityRoles?: string[];
  @ApiProperty({ nullable: true, type: String }) unitCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiPropertyOptional({
    description:
      "Set on a contest's steps (申诉: contest.filed / contest.accepted / contest.rejected) in a matter's timeline",
  })
  contestId?: string;
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
  @ApiProperty({ type: [AllowedActionResponse], description: 'What the person asking may do now' })
  allowedActions!: AllowedActionResponse[];
  @ApiProperty({ description: 'Whether the person asking follows (关注) the matter' }) followed!: boolean;
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

export class ReprojectResponse {
  @ApiProperty() matterId!: string;
  @ApiProperty({ description: "The workflow's sequence number the read model now stands at" }) seq!: number;
  @ApiProperty({ description: 'Events re-projected' }) events!: number;
}
