import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

import * as ts from 'typescript';

// `npm test` type-checks the root project (tsconfig.json) and the console's (apps/web/tsconfig.json): every
// TypeScript file in the repository must belong to one of them, or a type error in it would pass unseen.
const ROOT = path.resolve(__dirname, '../..');

function projectFiles(tsconfig: string): Set<string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) {
    throw new Error(`cannot read ${tsconfig}`);
  }
  return new Set(parsed.fileNames.map((f) => path.relative(ROOT, f)));
}

describe('type-check coverage', () => {
  it('puts every TypeScript file outside apps/web in the root project, and none of apps/web', () => {
    const tracked = execFileSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mts', '*.cts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter((f) => f !== '' && !f.endsWith('.d.ts'));
    const root = projectFiles('tsconfig.json');
    const backend = tracked.filter((f) => !f.startsWith('apps/web/'));
    expect(backend.length).toBeGreaterThan(100);
    expect(backend.filter((f) => !root.has(f))).toEqual([]);
    expect([...root].filter((f) => f.startsWith('apps/web/'))).toEqual([]);
  });
});
