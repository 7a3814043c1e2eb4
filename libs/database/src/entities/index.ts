import { AuditLogEntity } from './audit-log.entity';
import { CalendarAdjustmentEntity, CalendarYearEntity } from './calendar.entity';
import { BriefingEntity, CampaignEntity, CampaignUnitEntity } from './campaign.entity';
import { FilingEntity, FilingEventEntity, InformationItemEntity } from './filing.entity';
import { MatterAssignmentEntity } from './matter-assignment.entity';
import { MatterCodeEntity } from './matter-code.entity';
import { MatterEventEntity } from './matter-event.entity';
import { MatterEntity } from './matter.entity';
import { MeetingEntity } from './meeting.entity';
import { MemberUnitEntity } from './member-unit.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { TopicEntity, TopicEventEntity } from './topic.entity';
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
  BriefingEntity,
  CampaignEntity,
  CampaignUnitEntity,
  CalendarAdjustmentEntity,
  CalendarYearEntity,
  EscalationEntity,
  FilingEntity,
  FilingEventEntity,
  InformationItemEntity,
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
  TopicEntity,
  TopicEventEntity,
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
  TopicEntity,
  TopicEventEntity,
  FilingEntity,
  FilingEventEntity,
  CampaignEntity,
  CampaignUnitEntity,
  BriefingEntity,
];
