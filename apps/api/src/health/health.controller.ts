import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthCheckResult } from '@nestjs/terminus';

import { Public } from '../auth/auth.decorators';
import { HEALTH_CHECK_TIMEOUT_MS, TemporalHealthIndicator, withTimeout } from './temporal.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly indicators: HealthIndicatorService,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Database, Temporal and worker (its task queue polled recently): 200 when all are up, 503 otherwise; each ' +
      'check has its own deadline, so it answers within about two seconds even while a dependency is down',
  })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () =>
        withTimeout(
          'database',
          HEALTH_CHECK_TIMEOUT_MS + 200,
          this.db.pingCheck('database', { timeout: HEALTH_CHECK_TIMEOUT_MS }),
        ).catch((err: unknown) =>
          this.indicators.check('database').down({ message: err instanceof Error ? err.message : String(err) }),
        ),
      () => this.temporal.check('temporal'),
      () => this.temporal.checkWorker('worker'),
    ]);
  }
}
