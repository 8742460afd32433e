import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          // The Electron shell, and the `novaevo` CLI: the same core bundled twice.
          index: fileURLToPath(new URL('./electron/main/index.ts', import.meta.url)),
          cli: fileURLToPath(new URL('./electron/core/cli/main.ts', import.meta.url)),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything: bundle all, emit CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fileURLToPath(new URL('./electron/preload/index.ts', import.meta.url)) },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        input: { index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) },
      },
    },
  },
});
