import { InitialSchema1764086400000 } from './1764086400000-initial-schema';
import { PeopleAndAccess1764172800000 } from './1764172800000-people-and-access';
import { Supervision1764259200000 } from './1764259200000-supervision';
import { SupervisionIndexes1764345600000 } from './1764345600000-supervision-indexes';
import { ConferenceTopicsFilings1764432000000 } from './1764432000000-conference-topics-filings';
import { CampaignsBriefings1764518400000 } from './1764518400000-campaigns-briefings';
import { BriefingsPublishedIndex1764777600000 } from './1764777600000-briefings-published-index';
import { MeetingsStatusIndex1764864000000 } from './1764864000000-meetings-status-index';
import { DropRedundantMatterIndexes1764950400000 } from './1764950400000-drop-redundant-matter-indexes';

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
];
