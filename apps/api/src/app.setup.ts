import { migrateAndSeed, timeProfileFromEnv } from '@app/database';
import type { INestApplication } from '@nestjs/common';
import { envOf } from '@app/config';
import { RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from 'helmet';
import { DataSource } from 'typeorm';

import { ApiExceptionFilter } from './common/api-exception.filter';
import { useDueDateProfile } from './common/due-dates';
import { precompressedAssets } from './common/precompressed';
import { createValidationPipe } from './common/validation';

// The console's Content-Security-Policy: scripts, connections and frames from its own origin only.
export const CONSOLE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

// The API's own paths (the rest is the console's).
const API_PATH = /^\/(api|health)(\/|$)/;

// Everything main.ts and the tests share: prefix, validation, error mapping, OpenAPI, schema.
export async function setupApp(app: NestExpressApplication): Promise<INestApplication> {
  app.setGlobalPrefix('api', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  useDueDateProfile(timeProfileFromEnv(envOf(app.get(ConfigService))));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(app.get(ApiExceptionFilter));
  app.useBodyParser('json', { limit: '256kb' });
  // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY); by default from none.
  const proxies = trustedProxies(envOf(app.get(ConfigService)).TRUST_PROXY);
  app.set('trust proxy', proxies.length > 0 ? proxies : false);
  app.use(helmet({ contentSecurityPolicy: false }));
  // The console loads only its own scripts; antd writes its styles inline. The OpenAPI page (Swagger UI) keeps its
  // own needs and goes without.
  const csp = helmet.contentSecurityPolicy({ useDefaults: false, directives: CONSOLE_CSP });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/docs') ? next() : csp(req, res, next),
  );
  // The API's answers (matters, people, phones, papers) are one person's view at one moment: no browser, shared
  // computer or proxy keeps a copy. The console asks again when it wants fresh data; its own files are cached below.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API_PATH.test(req.path) && !req.path.startsWith('/api/docs')) {
      res.setHeader('Cache-Control', 'no-store');
    }
    next();
  });
  const origins =
    envOf(app.get(ConfigService))
      .CORS_ORIGINS?.split(',')
      .map((o) => o.trim())
      .filter(Boolean) ?? [];
  app.enableCors({ origin: origins.length > 0 ? origins : false, credentials: false, maxAge: 600 });
  app.enableShutdownHooks();
  serveWebConsole(app);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('五华区知识产权战略实施工作联席会议 · 议定事项督办 API')
      .setDescription(
        'Follow-through engine for agreed matters (议定事项): dispatch, acknowledge, progress, completion, verification. ' +
          'Every command is applied once per Idempotency-Key; errors are { code, message }.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await migrateAndSeed(app.get(DataSource));
  return app;
}

// The web console (apps/web, built by `npm run web:build`) at /, when it has been built: from the sources
// (apps/api/src) and from the compiled API (dist/apps/api/src). Unknown page paths get index.html (the console
// routes in the browser); /api and /health stay the API's.
function serveWebConsole(app: NestExpressApplication): void {
  const dir = [join(__dirname, '../../web/dist'), join(__dirname, '../../../../apps/web/dist')].find((d) =>
    existsSync(join(d, 'index.html')),
  );
  if (!dir) {
    return;
  }
  // Built assets carry a content hash in their names; index.html must be re-read to pick up a new build.
  const cacheControl = (path: string): string =>
    path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  app.use(precompressedAssets(dir, cacheControl));
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res: Response, path: string) => res.setHeader('Cache-Control', cacheControl(path)),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !API_PATH.test(req.path);
    if (!isPage || /\.[a-z0-9]+$/i.test(req.path)) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}

// TRUST_PROXY as Express's "trust proxy" list.
export const trustedProxies = (setting: string | undefined): string[] =>
  (setting ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
