import { defineConfig } from 'vitest/config';
import { templateModule } from './scripts/yaml-templates.js';

// Templates are imported pre-parsed, as the esbuild plugin in scripts/build.js does for the bundle.
const text = {
  name: 'text-templates',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (id.endsWith('.yaml')) return { code: templateModule(code), map: null };
    return undefined;
  },
};

export default defineConfig({
  plugins: [text],
  test: { include: ['test/**/*.test.ts'], testTimeout: 20000, pool: 'forks' },
});
