// Packs retake, installs the tarball into a throwaway global prefix (no dev dependencies),
// and checks that the installed command runs. CI runs this after the tests. Plain Node, so it
// runs wherever npm does (npm runs scripts with cmd.exe on Windows).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const win = process.platform === 'win32';
const npm = (args, opts = {}) => execFileSync(win ? 'npm.cmd' : 'npm', args, { encoding: 'utf8', shell: win, ...opts });
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const work = mkdtempSync(join(tmpdir(), 'retake-pack-'));
try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], { cwd: root }));
  const files = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${[...new Set(files.map((f) => f.split('/')[0]))].sort().join(' ')}`);
  if (files.some((f) => /^(src|test|scripts|node_modules)\//.test(f))) fail('the tarball ships development files');
  const prefix = join(work, 'prefix');
  npm(['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(work, packed.filename)], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const modules = win ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules');
  const env = { ...process.env, RETAKE_HOME: join(work, 'home'), PATH: `${win ? prefix : join(prefix, 'bin')}${win ? ';' : ':'}${process.env.PATH}` };
  const retake = (args) => execFileSync(win ? 'retake.cmd' : 'retake', args, { encoding: 'utf8', env, cwd: work, shell: win });
  const version = retake(['--version']).trim();
  const expected = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (version !== expected) fail(`retake --version printed '${version}'`);
  if (!retake(['plan', '--demo', '--format', 'yaml']).startsWith('schemaVersion: 1\n')) fail('retake plan --demo did not print a plan');
  if (existsSync(join(modules, 'retake', 'node_modules', 'vitest'))) fail('dev dependencies were installed');
  console.log(`pack check passed: retake ${version} installs from the tarball and plans`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
