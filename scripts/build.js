// Bundles the CLI into dist/ with esbuild: one ESM file for start-up speed; the
// interactive interview is a separate chunk loaded only when it runs.
import { build } from 'esbuild';
import { templateModule } from './yaml-templates.js';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [
    {
      name: 'yaml-templates',
      setup(b) {
        b.onLoad({ filter: /\.yaml$/ }, (args) => ({ contents: templateModule(readFileSync(args.path, 'utf8')), loader: 'js' }));
      },
    },
  ],
  minify: process.env.RETAKE_NO_MINIFY ? false : true,
  // CommonJS dependencies (cli-table3) call require(); ESM bundles need one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __RETAKE_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
});
