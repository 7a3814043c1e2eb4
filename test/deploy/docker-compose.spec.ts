import * as fs from 'node:fs';
import * as path from 'node:path';

import {
  API_SETTINGS,
  EnvironmentVariables,
  OPTIONAL_SETTINGS,
  REQUIRED_IN_PRODUCTION,
  validateEnv,
} from '@app/config';
import { LEAD_UNIT_SA, MATTER_CODE_SA, MATTER_STATUS_SA } from '@app/workflow-api';
import { parse } from 'yaml';

// Static checks of the deployment files (no Docker needed): docker-compose.yml must give the apps a configuration
// that validateEnv accepts in production, wire them to the services it starts, and build images whose commands
// name files the TypeScript build produces.

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

type Environment = Record<string, string | number | boolean | null> | string[];

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  environment?: Environment;
  ports?: (string | number | { target: number })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  restart?: string;
  healthcheck?: { test: string | string[] };
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

const compose = parse(read('docker-compose.yml')) as ComposeFile;
const dockerfile = read('Dockerfile');

function service(name: string): ComposeService {
  const svc = compose.services[name];
  if (!svc) {
    throw new Error(`docker-compose.yml has no service "${name}"`);
  }
  return svc;
}

// Compose interpolation as `docker compose` does it with no variables set: ${VAR:-default} and ${VAR-default} give
// the default, $$ is a literal $. A variable without a default would depend on the operator's shell, so it fails.
const INTERPOLATION = /\$(?:\$|\{[A-Za-z_]\w*(?::?-([^}]*))?\}|[A-Za-z_]\w*)/g;

function withDefaults(value: string): string {
  return value.replace(INTERPOLATION, (match: string, fallback: string | undefined) => {
    if (match === '$$') {
      return '$';
    }
    if (fallback === undefined) {
      throw new Error(`${match} in docker-compose.yml has no default`);
    }
    return fallback;
  });
}

// The environment as the container sees it (list or mapping form), unresolved or with defaults resolved.
function rawEnvironmentOf(name: string): Record<string, string | undefined> {
  const env = service(name).environment ?? {};
  const entries: [string, string | undefined][] = Array.isArray(env)
    ? env.map((line) => {
        const eq = line.indexOf('=');
        return eq < 0 ? [line, undefined] : [line.slice(0, eq), line.slice(eq + 1)];
      })
    : Object.entries(env).map(([key, value]) => [key, value === null ? undefined : String(value)]);
  return Object.fromEntries(entries);
}

function environmentOf(name: string): Record<string, string | undefined> {
  const raw = Object.entries(rawEnvironmentOf(name));
  return Object.fromEntries(raw.map(([key, value]) => [key, value === undefined ? value : withDefaults(value)]));
}

function containerPorts(name: string): number[] {
  // '7233', '7233:7233', '127.0.0.1:7233:7233' (the container port comes last) or the long form { target }.
  return (service(name).ports ?? []).map((p) => (typeof p === 'object' ? p.target : Number(`${p}`.split(':').pop())));
}

function commandText(name: string): string {
  const command = service(name).command ?? '';
  return withDefaults(Array.isArray(command) ? command.join(' ') : command);
}

function hostPort(address: string): { host: string; port: number } {
  const [host = '', port] = address.split(':');
  return { host, port: Number(port) };
}

interface Stage {
  from: string;
  name?: string;
  body: string[];
}

// FROM … [AS name] splits the Dockerfile into stages; a stage built FROM another inherits its instructions.
function dockerStages(): Stage[] {
  const stages: Stage[] = [];
  for (const line of dockerfile.split('\n').map((l) => l.trim())) {
    const from = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    const current = stages.at(-1);
    if (from?.[1]) {
      stages.push({ from: from[1], name: from[2], body: [] });
    } else if (current && line && !line.startsWith('#')) {
      current.body.push(line);
    }
  }
  return stages;
}

function stageInstructions(target: string): string[] {
  const stages = dockerStages();
  const stage = stages.find((s) => s.name === target);
  if (!stage) {
    throw new Error(`Dockerfile has no stage "${target}"`);
  }
  return stages.some((s) => s.name === stage.from) ? [...stageInstructions(stage.from), ...stage.body] : stage.body;
}

function lastInstruction(target: string, keyword: string): string | undefined {
  const prefix = new RegExp(`^${keyword}\\s+`, 'i');
  const found = stageInstructions(target).filter((line) => prefix.test(line));
  return found.at(-1)?.replace(prefix, '');
}

const APPS = ['api', 'worker'] as const;
const SA_CREATE = /search-attribute create\s+([^\n;&|]*)/g;
const KNOWN_SETTINGS = new Set([...Object.keys(new EnvironmentVariables()), ...OPTIONAL_SETTINGS]);

describe('docker-compose.yml', () => {
  it('starts the services the stack needs', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['api', 'mysql', 'temporal', 'temporal-setup', 'temporal-ui', 'worker']),
    );
  });

  describe.each(APPS)('%s environment', (app) => {
    it('sets every setting a production deployment must give', () => {
      const env = environmentOf(app);
      const required = app === 'api' ? [...REQUIRED_IN_PRODUCTION, ...API_SETTINGS] : [...REQUIRED_IN_PRODUCTION];
      const missing = required.filter((key) => env[key] === undefined || env[key] === '');
      expect(missing).toEqual([]);
    });

    it('names only settings the app knows (a typo would be silently ignored)', () => {
      const unknown = Object.keys(rawEnvironmentOf(app)).filter((key) => !KNOWN_SETTINGS.has(key));
      expect(unknown).toEqual([]);
    });

    it('passes validateEnv as a production configuration', () => {
      const env = validateEnv(environmentOf(app), app);
      expect(env.NODE_ENV).toBe('production');
    });

    it('reaches MySQL at the database, user and password the mysql service creates', () => {
      const mysql = environmentOf('mysql');
      const url = new URL(environmentOf(app).DATABASE_URL ?? '');
      expect(url.protocol).toBe('mysql:');
      expect(url.hostname).toBe('mysql');
      expect(url.port || '3306').toBe('3306'); // the port the mysql image listens on
      expect(url.pathname).toBe(`/${mysql.MYSQL_DATABASE}`);
      expect(decodeURIComponent(url.username)).toBe(mysql.MYSQL_USER);
      expect(decodeURIComponent(url.password)).toBe(mysql.MYSQL_PASSWORD);
    });

    it('reaches Temporal at the temporal service port', () => {
      const { host, port } = hostPort(environmentOf(app).TEMPORAL_ADDRESS ?? '');
      expect(host).toBe('temporal');
      expect(containerPorts('temporal')).toContain(port);
    });

    it('starts after MySQL is healthy and the search attributes are registered', () => {
      expect(service(app).depends_on).toMatchObject({
        mysql: { condition: 'service_healthy' },
        'temporal-setup': { condition: 'service_completed_successfully' },
      });
    });
  });

  it('gives the api and the worker the same database, namespace and task queue', () => {
    const api = validateEnv(environmentOf('api'));
    const worker = validateEnv(environmentOf('worker'));
    expect(worker.DATABASE_URL).toBe(api.DATABASE_URL);
    expect(worker.TEMPORAL_ADDRESS).toBe(api.TEMPORAL_ADDRESS);
    expect(worker.TEMPORAL_NAMESPACE).toBe(api.TEMPORAL_NAMESPACE);
    expect(worker.TEMPORAL_TASK_QUEUE).toBe(api.TEMPORAL_TASK_QUEUE);
  });

  it('publishes and health-checks the api on API_PORT', () => {
    const env = validateEnv(environmentOf('api'));
    expect(containerPorts('api')).toContain(env.API_PORT);
    const probe = service('api').healthcheck?.test ?? [];
    expect(Array.isArray(probe) ? probe.join(' ') : probe).toContain(`http://127.0.0.1:${env.API_PORT}/health`);
  });

  describe('temporal-setup', () => {
    const registrations = [...commandText('temporal-setup').matchAll(SA_CREATE)].map(([, args]) => ({
      name: /--name\s+(\S+)/.exec(args ?? '')?.[1],
      type: /--type\s+(\S+)/.exec(args ?? '')?.[1],
      namespace: /--namespace\s+(\S+)/.exec(args ?? '')?.[1],
      address: /--address\s+(\S+)/.exec(args ?? '')?.[1],
    }));
    const attributes = [MATTER_CODE_SA, LEAD_UNIT_SA, MATTER_STATUS_SA];
    const normalType = (type: string | undefined): string => (type ?? '').replace(/_/g, '').toLowerCase();

    it('registers exactly the search attributes the workflows set, with their types', () => {
      expect(registrations.map((r) => r.name).sort()).toEqual(attributes.map((sa) => sa.name).sort());
      for (const sa of attributes) {
        expect(normalType(registrations.find((r) => r.name === sa.name)?.type)).toBe(normalType(sa.type));
      }
    });

    it('registers them in the namespace the apps use, on the temporal service', () => {
      const namespace = validateEnv(environmentOf('api')).TEMPORAL_NAMESPACE;
      for (const registration of registrations) {
        expect(registration.namespace).toBe(namespace);
        const { host, port } = hostPort(registration.address ?? '');
        expect(host).toBe('temporal');
        expect(containerPorts('temporal')).toContain(port);
      }
    });

    it('runs once', () => {
      expect(service('temporal-setup').restart).toBe('no');
    });
  });

  describe('Dockerfile', () => {
    it.each(APPS)('has the %s target that compose builds', (app) => {
      expect(dockerStages().map((s) => s.name)).toContain(app);
      const build = service(app).build;
      expect(typeof build === 'object' ? build.target : undefined).toBe(app);
    });

    it.each(APPS)('runs the compiled main.ts of %s as the node user', (app) => {
      const cmd = JSON.parse(lastInstruction(app, 'CMD') ?? '[]') as string[];
      const script = cmd.find((arg) => /^dist\/.+\.js$/.test(arg));
      expect(script).toBe(`dist/apps/${app}/src/main.js`);
      const source = (script ?? '').replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
      const preload = cmd[cmd.indexOf('-r') + 1];
      expect(preload).toEqual(expect.any(String));
      expect(fs.existsSync(path.join(ROOT, preload ?? ''))).toBe(true);
      expect(lastInstruction(app, 'USER')).toBe('node');
    });

    it('bakes the workflow bundle where the worker looks for it', () => {
      const output = /build-workflow-bundle\.js\s+(\S+)/.exec(dockerfile)?.[1] ?? '';
      const workdir = lastInstruction('worker', 'WORKDIR') ?? '/';
      expect(environmentOf('worker').WORKFLOW_BUNDLE_PATH).toBe(path.posix.join(workdir, output));
      expect(output.startsWith('dist/')).toBe(true); // the runtime stages copy dist/
    });
  });
});
