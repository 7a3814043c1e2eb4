import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The console imports @app/contracts by value: it must carry no runtime dependency (no @temporalio, no Nest, no
// TypeORM, no other @app lib), only its own files. The Temporal side lives in @app/workflow-api.
const DIR = join(__dirname, '..', '..', 'libs', 'contracts', 'src');
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

// Every module specifier of a file: import … from, export … from, bare import, dynamic import and require.
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      found.push(String(m[1]));
    }
  }
  return found;
}

describe('@app/contracts stays console-safe', () => {
  it('has source files to check', () => {
    expect(sources).toEqual(expect.arrayContaining(['index.ts', 'matter-commands.types.ts']));
  });

  it.each(sources)('%s imports only sibling files of libs/contracts', (file) => {
    const outside = specifiers(readFileSync(join(DIR, file), 'utf8')).filter((s) => !s.startsWith('./'));
    expect(outside).toEqual([]);
  });

  it('the specifier scan sees the imports it must refuse', () => {
    const sample = [
      "import { defineUpdate } from '@temporalio/workflow';",
      "import type {\n  A,\n} from '@app/domain';",
      "export * from 'typeorm';",
      "const x = require('@nestjs/common');",
      "import './actor';",
    ].join('\n');
    expect(specifiers(sample)).toEqual(['@temporalio/workflow', '@app/domain', 'typeorm', './actor', '@nestjs/common']);
  });
});
