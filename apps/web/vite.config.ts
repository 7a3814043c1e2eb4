import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const contracts = fileURLToPath(new URL('../../libs/contracts/src', import.meta.url));
const api = 'http://127.0.0.1:3000';

// The web may import only types from @app/contracts: its index re-exports Temporal workflow definitions, which
// must never reach the browser bundle. A runtime import would pull them in; this stops the build instead.
function forbidBackendRuntime(): Plugin {
  return {
    name: 'forbid-backend-runtime',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('@temporalio/') || source.startsWith('@nestjs/') || source === 'typeorm') {
        throw new Error(`apps/web must not import "${source}" (from ${importer ?? '?'}); use "import type".`);
      }
      return null;
    },
  };
}

export default defineConfig({
  root,
  plugins: [forbidBackendRuntime(), react()],
  resolve: { alias: { '@app/contracts': contracts } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Vendor code changes less often than ours: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
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
