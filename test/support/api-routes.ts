import type { TestStack } from '@app/testing';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

import { POLICY_KEY, PUBLIC_KEY } from '../../apps/api/src/auth/auth.decorators';
import type { PolicyName } from '../../apps/api/src/auth/policies';

// A class, as Nest's and class-validator's metadata hold it.
export type Class = abstract new (...args: never[]) => unknown;

// One controller method of the running app, read from Nest's own metadata.
export interface ApiRoute {
  method: string;
  // As Express routes it (`/api/matters/:id`) and as the OpenAPI document names it (`/api/matters/{id}`).
  path: string;
  docPath: string;
  // `METHOD path`, for messages.
  name: string;
  policy?: PolicyName;
  isPublic: boolean;
  // The classes of its parameters (DTOs among them).
  dtos: Class[];
}

// Every controller method of the running app with its declared policy: the access-control, bad-input and fuzz tests
// check the routes as they are, not a list kept by hand.
export function discoverRoutes(stack: TestStack): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const module of stack.api.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as new (...args: never[]) => object;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (
          key === 'constructor' ||
          typeof handler !== 'function' ||
          Reflect.getMetadata(PATH_METADATA, handler) === undefined
        ) {
          continue;
        }
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler));
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = `/${[base === 'health' ? '' : 'api', base, sub === '/' ? '' : sub].filter(Boolean).join('/')}`;
        const params = (Reflect.getMetadata('design:paramtypes', controller.prototype, key) ?? []) as unknown[];
        routes.push({
          method,
          path,
          docPath: path.replace(/:(\w+)/g, '{$1}'),
          name: `${method} ${path}`,
          policy: (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller)) as
            PolicyName | undefined,
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller)),
          dtos: params.filter((p): p is Class => typeof p === 'function' && p !== Object && p !== String),
        });
      }
    }
  }
  return routes;
}
