import type { MatterActivities, ProjectionInput } from '@app/contracts';
import type { MatterProjectionRepository } from '@app/database';
import { log } from '@temporalio/activity';

// Built from Nest-provided dependencies; the worker registers the returned functions.
export function createMatterActivities(projection: MatterProjectionRepository): MatterActivities {
  return {
    async projectMatter({ matter, events }: ProjectionInput): Promise<void> {
      const outcome = await projection.project(matter, events);
      if (outcome === 'stale') {
        log.debug('projection older than the stored row; events recorded, state kept', { seq: matter.seq });
      }
    },
  };
}
