import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { Client } from '@temporalio/client';

import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';

@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      await this.client.connection.ensureConnected();
      const info = await this.client.workflowService.getSystemInfo({});
      await this.client.workflowService.describeNamespace({ namespace: this.client.options.namespace });
      return indicator.up({ serverVersion: info.serverVersion || 'unknown', namespace: this.client.options.namespace });
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }
}
