import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker, which runs every file in turn; most CLI
    // tests wait on a child process, so three workers overlap the waiting (~30 s, not ~55 s).
    maxWorkers: 3,
    // Files in one worker share loaded modules instead of re-importing src/ for each file
    // (about a third of the suite's CPU time). No test relies on a fresh module: none mocks
    // modules or keeps state in one, and the few spies restore what they replace.
    isolate: false,
    // The CLI's V8 code cache goes to a throwaway folder, never the machine's ~/.cache.
    env: { XDG_CACHE_HOME: join(tmpdir(), `retake-test-cache-${process.pid}`) },
  },
});
