import type {
  Actor,
  CommandResult,
  MatterCommandArgs,
  MatterCommandBodies,
  MatterCommandName,
  MatterCommandRow,
} from '@app/contracts';
import { MATTER_COMMANDS } from '@app/contracts';
import { matterCommandUpdates } from '@app/workflow-api';
import type { UpdateDefinition } from '@temporalio/client';

// How a command's HTTP body becomes its Update's argument, for every row of the command table: the body's fields,
// the acting person from the token, and for a unit's own command the actor's unit (never the body's).
export function updateArgOf<K extends MatterCommandName>(
  name: K,
  body: MatterCommandBodies[K] | undefined,
  actor: Actor,
): MatterCommandArgs[K] {
  const row: MatterCommandRow = MATTER_COMMANDS[name];
  // A plain copy: the DTO class instances (and their nested evidence items) become the JSON the Update carries.
  const fields = JSON.parse(JSON.stringify(body ?? {})) as Record<string, unknown>;
  return { ...fields, actor, ...(row.ownUnit ? { unitCode: actor.unitCode ?? '' } : {}) } as MatterCommandArgs[K];
}

// The Update a command runs (supervise runs urge).
export function updateOf<K extends MatterCommandName>(
  name: K,
): UpdateDefinition<CommandResult, [MatterCommandArgs[K]]> {
  return matterCommandUpdates[MATTER_COMMANDS[name].update] as unknown as UpdateDefinition<
    CommandResult,
    [MatterCommandArgs[K]]
  >;
}
