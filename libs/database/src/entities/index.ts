import { AuditLogEntity } from './audit-log.entity';
import { CalendarAdjustmentEntity, CalendarYearEntity } from './calendar.entity';
import { MatterAssignmentEntity } from './matter-assignment.entity';
import { MatterCodeEntity } from './matter-code.entity';
import { MatterEventEntity } from './matter-event.entity';
import { MatterEntity } from './matter.entity';
import { MeetingEntity } from './meeting.entity';
import { MemberUnitEntity } from './member-unit.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import {
  EscalationEntity,
  NoticeNumberEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
} from './supervision.entity';
import { UnitContactEntity } from './unit-contact.entity';
import { UserEntity } from './user.entity';

export {
  AuditLogEntity,
  CalendarAdjustmentEntity,
  CalendarYearEntity,
  EscalationEntity,
  NoticeNumberEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  MatterAssignmentEntity,
  MatterCodeEntity,
  MatterEntity,
  MatterEventEntity,
  MeetingEntity,
  MemberUnitEntity,
  RefreshTokenEntity,
  UnitContactEntity,
  UserEntity,
};

export const ENTITIES = [
  MemberUnitEntity,
  MeetingEntity,
  MatterEntity,
  MatterAssignmentEntity,
  MatterEventEntity,
  MatterCodeEntity,
  UserEntity,
  RefreshTokenEntity,
  AuditLogEntity,
  UnitContactEntity,
  CalendarAdjustmentEntity,
  CalendarYearEntity,
  EscalationEntity,
  NoticeNumberEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
];
