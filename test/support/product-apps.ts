import type { StackApps } from '@app/testing';

import { AppModule } from '../../apps/api/src/app.module';
import { setupApp } from '../../apps/api/src/app.setup';
import { MatterWorkerService } from '../../apps/worker/src/temporal/matter-worker.service';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// The product's API and worker, as libs/testing's TestStack runs them: `TestStack.start(productApps)`.
export const productApps: StackApps = {
  apiModule: AppModule,
  setupApi: setupApp,
  workerModule: WorkerModule,
  runWorker: async (ctx) => {
    const service = ctx.get(MatterWorkerService);
    const worker = await service.create();
    return { worker, done: service.run() };
  },
};
