import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const contracts = fileURLToPath(new URL('../../libs/contracts/src', import.meta.url));
const web = fileURLToPath(new URL('./src', import.meta.url));
const api = 'http://127.0.0.1:3000';

// The web imports @app/contracts by value (it has no runtime dependencies: test/deploy/contracts-purity.spec.ts). The Temporal side (@app/workflow-api), other @app libs and backend packages must
// never reach the browser bundle: importing one stops the build.
function forbidBackendRuntime(): Plugin {
  return {
    name: 'forbid-backend-runtime',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/^@temporalio\/|^@nestjs\/|^typeorm$|^@app\/(?!contracts)/.test(source)) {
        throw new Error(`apps/web must not import "${source}" (from ${importer ?? '?'}).`);
      }
      return null;
    },
  };
}

// Writes name.gz and name.br beside every text asset once the bundle is written, so the API sends them as they
// are (apps/api/src/common/precompressed.ts) instead of compressing on each request or not at all.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
function precompress(): Plugin {
  let outDir = '';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const file of walk(outDir).filter((f) => COMPRESSIBLE.test(f))) {
        const raw = readFileSync(file);
        if (raw.length < 1024) {
          continue;
        }
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          }),
        );
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [forbidBackendRuntime(), react(), precompress()],
  resolve: { alias: { '@app/contracts': contracts, '@web': web } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // React changes less often than ours: a separate chunk stays cached across releases. antd is not forced into
    // one chunk: each page's lazy chunk carries the components it uses, so the login page does not load all of
    // antd (1.09 MB; the login page must stay under 300 KB of compressed JavaScript).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': api, '/health': api },
  },
});
