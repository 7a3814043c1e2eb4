import { InitialSchema1764086400000 } from './1764086400000-initial-schema';
import { PeopleAndAccess1764172800000 } from './1764172800000-people-and-access';
import { Supervision1764259200000 } from './1764259200000-supervision';
import { SupervisionIndexes1764345600000 } from './1764345600000-supervision-indexes';
import { ConferenceTopicsFilings1764432000000 } from './1764432000000-conference-topics-filings';
import { CampaignsBriefings1764518400000 } from './1764518400000-campaigns-briefings';
import { BriefingsPublishedIndex1764777600000 } from './1764777600000-briefings-published-index';
import { MeetingsStatusIndex1764864000000 } from './1764864000000-meetings-status-index';
import { DropRedundantMatterIndexes1764950400000 } from './1764950400000-drop-redundant-matter-indexes';
import { NotificationOutbox1765036800000 } from './1765036800000-notification-outbox';
import { IdempotencyKeys1765051200000 } from './1765051200000-idempotency-keys';
import { Accountability1765123200000 } from './1765123200000-accountability';
import { BoardListIndexes1765209600000 } from './1765209600000-board-list-indexes';
import { ChargeContests1765296000000 } from './1765296000000-charge-contests';
import { AssessmentWeights1765382400000 } from './1765382400000-assessment-weights';
import { OidcSignIn1765555200000 } from './1765555200000-oidc-sign-in';
import { MatterFollows1765814400000 } from './1765814400000-matter-follows';
import { UnitAliases1765900800000 } from './1765900800000-unit-aliases';
import { AssignmentChargedCovering1766000000000 } from './1766000000000-assignment-charged-covering';
import { MatterCodePattern1766200000000 } from './1766200000000-matter-code-pattern';
import { CampaignUnitDrafts1766400000000 } from './1766400000000-campaign-unit-drafts';
import { RosterFilingsCapacityRoles1766500000000 } from './1766500000000-roster-filings-capacity-roles';
import { UnitsAsData1766600000000 } from './1766600000000-units-as-data';
import { SupervisionCoveringReads1766700000000 } from './1766700000000-supervision-covering-reads';
import { AssignmentHandler1766800000000 } from './1766800000000-assignment-handler';

// Every migration, in order. New ones are appended here.
export const MIGRATIONS = [
  InitialSchema1764086400000,
  PeopleAndAccess1764172800000,
  Supervision1764259200000,
  SupervisionIndexes1764345600000,
  ConferenceTopicsFilings1764432000000,
  CampaignsBriefings1764518400000,
  BriefingsPublishedIndex1764777600000,
  MeetingsStatusIndex1764864000000,
  DropRedundantMatterIndexes1764950400000,
  NotificationOutbox1765036800000,
  IdempotencyKeys1765051200000,
  Accountability1765123200000,
  BoardListIndexes1765209600000,
  ChargeContests1765296000000,
  AssessmentWeights1765382400000,
  OidcSignIn1765555200000,
  MatterFollows1765814400000,
  UnitAliases1765900800000,
  AssignmentChargedCovering1766000000000,
  MatterCodePattern1766200000000,
  CampaignUnitDrafts1766400000000,
  RosterFilingsCapacityRoles1766500000000,
  UnitsAsData1766600000000,
  SupervisionCoveringReads1766700000000,
  AssignmentHandler1766800000000,
];
