import { AuditRepository } from '@app/database';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

import { Policy } from '../auth/auth.decorators';
import { Authenticated } from '../common/api-docs.decorators';

class AuditQuery {
  @ApiPropertyOptional({ example: 'auth.login' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  action?: string;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

@ApiTags('audit')
@Authenticated()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @Policy('audit.read')
  @ApiOperation({ summary: 'Recent security events: logins, lock-outs, refusals, account and roster changes' })
  async list(@Query() q: AuditQuery) {
    const rows = await this.audit.listRecent(q.limit, q.action);
    return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
  }
}
