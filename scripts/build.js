// Bundles the CLI into one CommonJS file, dist/retake.cjs, which bin/retake.cjs runs through a
// V8 code cache (see there). Inquirer stays outside the bundle and is required only when a
// prompt is shown; templates are parsed at build time.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { templateModule } from './yaml-templates.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/retake.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // date-fns too: only the interview reads free-form dates, and it stays out of every other command's bundle.
  external: ['@inquirer/prompts', 'date-fns'],
  // import() of the external becomes require(): code run through vm.Script has no
  // dynamic-import callback on Node 20, and @inquirer/prompts ships a CommonJS build.
  supported: { 'dynamic-import': false },
  plugins: [
    {
      // commander requires child_process at load, for executable subcommands, which retake
      // does not use; loading it pulls in net and dgram. A stub that refuses any use keeps
      // them out of every retake process.
      name: 'no-child-process',
      setup(b) {
        b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'stub' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
          contents: 'module.exports = new Proxy({}, { get(_, key) { throw new Error("child_process." + String(key) + " is not available in retake"); } });',
          loader: 'js',
        }));
      },
    },
    {
      name: 'yaml-templates',
      setup(b) {
        b.onLoad({ filter: /\.yaml$/ }, (args) => ({ contents: templateModule(readFileSync(args.path, 'utf8')), loader: 'js' }));
      },
    },
  ],
  minify: !process.env.RETAKE_NO_MINIFY,
  define: { __RETAKE_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
});
