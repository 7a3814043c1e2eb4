import type { MatterCommandName, MatterCommandRow } from '@app/contracts';
import { MATTER_COMMAND_NAMES, MATTER_COMMANDS } from '@app/contracts';
import { Body, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { CommandErrors } from '../common/api-docs.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { COMMAND_DTOS } from './dto/commands.dto';
import { CommandResponse } from './dto/matter.response';
import type { MattersService } from './matters.service';

type CommandHandler = (id: string, ...rest: unknown[]) => unknown;

const pascal = (path: string): string =>
  path
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

// The controller method of a command's route: its name, or <name>Via<Path> for a deprecated alias.
export function commandMethodName(name: MatterCommandName, path: string): string {
  return path === MATTER_COMMANDS[name].path ? name : `${name}Via${pascal(path)}`;
}

// Adds to the controller one POST /matters/:id/<path> route per command of the table and per legacy path: the
// row's policy, its body's DTO class (validated by the global ValidationPipe, documented in OpenAPI), the acting
// person in the capacity the request acts in (and that capacity's roles, for the response's allowedActions) from
// the token, and the optional Idempotency-Key, as a hand-written method with decorators would.
export function defineCommandRoutes(controller: abstract new (...args: never[]) => object): void {
  const proto = controller.prototype as Record<string, unknown>;
  for (const name of MATTER_COMMAND_NAMES) {
    const row: MatterCommandRow = MATTER_COMMANDS[name];
    const dto = row.body === null ? undefined : COMMAND_DTOS[row.body as keyof typeof COMMAND_DTOS];
    for (const path of [row.path, ...row.legacyPaths]) {
      const method = commandMethodName(name, path);
      const deprecated = path !== row.path;
      const handler: CommandHandler = dto
        ? function (this: { service: MattersService }, id, body, user, key) {
            const { actor, actingRoles: roles, id: userId, unitCode } = user as RequestUser;
            return this.service.command(id, name, body as never, actor, key as string | undefined, roles, {
              userId,
              unitCode,
            });
          }
        : function (this: { service: MattersService }, id, user, key) {
            const { actor, actingRoles: roles, id: userId, unitCode } = user as RequestUser;
            return this.service.command(id, name, undefined, actor, key as string | undefined, roles, {
              userId,
              unitCode,
            });
          };
      Object.defineProperty(proto, method, { value: handler, writable: true, configurable: true, enumerable: false });
      // What emitDecoratorMetadata records for a written method: the pipes (validation) and OpenAPI read it.
      const params: unknown[] = dto ? [String, dto, Object, String] : [String, Object, String];
      Reflect.defineMetadata('design:paramtypes', params, proto, method);
      Reflect.defineMetadata('design:returntype', Promise, proto, method);
      let index = 0;
      Param('id', new ParseUUIDPipe())(proto, method, index++);
      if (dto) {
        Body()(proto, method, index++);
      }
      CurrentUser()(proto, method, index++);
      IdempotencyKey()(proto, method, index++);
      const summary = deprecated ? `${row.summary} (deprecated path: use /${row.path})` : row.summary;
      const descriptor = Object.getOwnPropertyDescriptor(proto, method)!;
      const decorated = Reflect.decorate(
        [
          Post(`:id/${path}`),
          Policy(row.policy as Parameters<typeof Policy>[0]),
          HttpCode(200),
          ApiOperation({ summary, deprecated }),
          ApiOkResponse({ type: CommandResponse }),
          CommandErrors(),
        ],
        proto,
        method,
        descriptor,
      ) as PropertyDescriptor | undefined;
      Object.defineProperty(proto, method, decorated ?? descriptor);
    }
  }
}
