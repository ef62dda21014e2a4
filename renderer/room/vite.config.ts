import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The participant page of the workshop room: its own small entry, served by the room's
 * listener alone, so a phone loads a few dozen kilobytes and nothing of the app.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // Preact's React-compatible build: the same components at a fraction of React's weight.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/room', import.meta.url)),
    emptyOutDir: true,
    // No inline script or style: the room's policy allows its own files only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
