import { defineConfig } from 'vitest/config';

// Templates are imported as text, as esbuild's text loader does in the bundle.
const text = {
  name: 'text-templates',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (id.endsWith('.yaml') || id.endsWith('.md')) return { code: `export default ${JSON.stringify(code)};`, map: null };
    return undefined;
  },
};

export default defineConfig({
  plugins: [text],
  test: { include: ['test/**/*.test.ts'], testTimeout: 20000, pool: 'forks' },
});
