import { InitialSchema1764086400000 } from './1764086400000-initial-schema';

// Every migration, in order. New ones are appended here.
export const MIGRATIONS = [InitialSchema1764086400000];
