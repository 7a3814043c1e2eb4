import { AssessmentWeightsEntity } from './assessment-weights.entity';
import { AuditLogEntity } from './audit-log.entity';
import { CalendarAdjustmentEntity, CalendarYearEntity } from './calendar.entity';
import { ChargeContestEntity } from './charge-contest.entity';
import { BriefingEntity, CampaignEntity, CampaignUnitEntity } from './campaign.entity';
import { FilingEntity, FilingEventEntity, InformationItemEntity } from './filing.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { MatterAssignmentEntity } from './matter-assignment.entity';
import { MatterCodeEntity, MatterCodePatternEntity } from './matter-code.entity';
import { MatterEventEntity } from './matter-event.entity';
import { MatterFollowEntity } from './matter-follow.entity';
import { MatterEntity } from './matter.entity';
import { MeetingEntity } from './meeting.entity';
import { MemberUnitEntity, MemberUnitNameEntity, UnitAliasesEntity } from './member-unit.entity';
import { NotificationOutboxEntity } from './notification-outbox.entity';
import { OidcLinkEntity, OidcLoginEntity } from './oidc.entity';
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
  AssessmentWeightsEntity,
  AuditLogEntity,
  BriefingEntity,
  CampaignEntity,
  CampaignUnitEntity,
  CalendarAdjustmentEntity,
  ChargeContestEntity,
  CalendarYearEntity,
  EscalationEntity,
  FilingEntity,
  FilingEventEntity,
  IdempotencyKeyEntity,
  InformationItemEntity,
  NoticeNumberEntity,
  NotificationEntity,
  NotificationOutboxEntity,
  NotificationPreferenceEntity,
  OidcLinkEntity,
  OidcLoginEntity,
  MatterAssignmentEntity,
  MatterCodeEntity,
  MatterCodePatternEntity,
  MatterEntity,
  MatterEventEntity,
  MatterFollowEntity,
  MeetingEntity,
  MemberUnitEntity,
  MemberUnitNameEntity,
  RefreshTokenEntity,
  TopicEntity,
  TopicEventEntity,
  UnitAliasesEntity,
  UnitContactEntity,
  UserEntity,
};

export const ENTITIES = [
  MemberUnitEntity,
  MemberUnitNameEntity,
  UnitAliasesEntity,
  MeetingEntity,
  MatterEntity,
  MatterAssignmentEntity,
  MatterEventEntity,
  MatterCodeEntity,
  UserEntity,
  RefreshTokenEntity,
  AuditLogEntity,
  IdempotencyKeyEntity,
  UnitContactEntity,
  CalendarAdjustmentEntity,
  CalendarYearEntity,
  EscalationEntity,
  NoticeNumberEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationOutboxEntity,
  TopicEntity,
  TopicEventEntity,
  FilingEntity,
  FilingEventEntity,
  CampaignEntity,
  CampaignUnitEntity,
  BriefingEntity,
  OidcLoginEntity,
  OidcLinkEntity,
  AssessmentWeightsEntity,
  ChargeContestEntity,
  MatterFollowEntity,
  MatterCodePatternEntity,
];
