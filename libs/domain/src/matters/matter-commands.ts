import type { MatterUpdateArgs } from '@app/contracts';

// Command name → its argument, one entry per Workflow Update that changes a matter (from the command table,
// libs/contracts/src/matter-command-table.ts).
export type MatterCommandMap = MatterUpdateArgs;

export type MatterCommandName = keyof MatterCommandMap;
