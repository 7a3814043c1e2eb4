import { MatterAssignmentEntity } from './matter-assignment.entity';
import { MatterCodeEntity } from './matter-code.entity';
import { MatterEventEntity } from './matter-event.entity';
import { MatterEntity } from './matter.entity';
import { MeetingEntity } from './meeting.entity';
import { MemberUnitEntity } from './member-unit.entity';

export { MatterAssignmentEntity, MatterCodeEntity, MatterEntity, MatterEventEntity, MeetingEntity, MemberUnitEntity };

export const ENTITIES = [
  MemberUnitEntity,
  MeetingEntity,
  MatterEntity,
  MatterAssignmentEntity,
  MatterEventEntity,
  MatterCodeEntity,
];
