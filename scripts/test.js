// `npm test`: build, then type-check and run the tests at the same time.
// The type check is one thread for about 8 s; run after the tests it leaves a core idle, run
// beside them it shares the cores vitest's workers use. Vitest's output streams as usual;
// the type checker's is printed after it, and the run fails if either fails.
// Extra arguments go to vitest (`npm test -- test/unit/schedule.test.ts`).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const node = process.execPath;
const bin = (...parts) => join(import.meta.dirname, '..', 'node_modules', ...parts);

const build = spawnSync(node, [join(import.meta.dirname, 'build.js')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const tsc = spawn(node, [bin('typescript', 'bin', 'tsc'), '--noEmit'], { stdio: ['ignore', 'pipe', 'pipe'] });
let typeErrors = '';
tsc.stdout.on('data', (b) => (typeErrors += b));
tsc.stderr.on('data', (b) => (typeErrors += b));
const typed = new Promise((resolve) => tsc.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

const vitest = spawn(node, [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const tested = new Promise((resolve) => vitest.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (tsc.kill(signal), vitest.kill(signal)));

const [tscCode, vitestCode] = await Promise.all([typed, tested]);
if (tscCode === 0) console.log('\n tsc --noEmit: no type errors');
else console.error(`\n tsc --noEmit found type errors:\n${typeErrors}`);
process.exit(tscCode || vitestCode);
