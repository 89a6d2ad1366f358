import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run build` runs `vite build apps/web` from the repository root: root and outDir are this folder and
// apps/web/dist, which the server serves (apps/server/src/plugins/web.ts). In development, `npm run dev:web`
// proxies /api to the API server on port 3000 so that the session cookie stays same-origin.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages are split per route (React.lazy in src/routes.tsx) and Rolldown's default splitting keeps each
    // page's Ant Design components with it; grouping all of Ant Design into one vendor chunk was measured at
    // 1.3 MB (410 kB gzip) against 0.9 MB for the shared chunk here, so the default stays.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
