import type { AppConfigService } from '@app/config';
import { envOf, temporalConfig } from '@app/config';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Global, Inject, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, Connection } from '@temporalio/client';

import { MatterWorkflowGateway } from './matter-workflow.gateway';
import { TEMPORAL_CLIENT } from './temporal.tokens';

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [ConfigService],
      // Lazy: the API boots (and reports itself unhealthy) even while Temporal is still starting.
      useFactory: (config: AppConfigService) => {
        const temporal = temporalConfig(envOf(config));
        return new Client({
          connection: Connection.lazy({ address: temporal.address }),
          namespace: temporal.namespace,
        });
      },
    },
    MatterWorkflowGateway,
  ],
  exports: [TEMPORAL_CLIENT, MatterWorkflowGateway],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
