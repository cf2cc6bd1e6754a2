// `retake forget`: delete the saved profile, practice history, progress and archived plans.
import { basename, dirname } from 'node:path';
import { counted, joinWords, text } from '../content/texts.js';
import { UserError } from './errors.js';
import { TEMP_FILE } from './io.js';
import { Store } from './store.js';

export async function forgetCommand(opts: { yes?: boolean }): Promise<void> {
  const store = new Store();
  const files = store.storedFiles();
  if (!files.length) return void process.stderr.write(`${text('cli', 'forget.nothing', { dir: store.dir })}\n`);
  process.stderr.write(`${counted('cli', 'forget.warn', files.length, { dir: store.dir, what: whatIsStored(store, files) })}\n`);
  if (!opts.yes) {
    if (!process.stdin.isTTY || !process.stderr.isTTY) throw new UserError('retake forget asks for confirmation; pass --yes to delete without asking');
    const { inquirerPrompter } = await import('../interview/prompter.js');
    const prompt = await inquirerPrompter(process.stderr);
    if (!(await prompt.confirm({ message: text('cli', 'forget.confirm'), default: false }))) return void process.stderr.write(`${text('cli', 'forget.kept')}\n`);
  }
  const n = store.forget();
  process.stderr.write(`${counted('cli', 'forget.done', n)}\n`);
}

/** What `files` (from Store.storedFiles) hold, in words: only what is actually there. */
export function whatIsStored(store: Pick<Store, 'profilePath' | 'historyPath' | 'legacyHistoryPath' | 'progressPath' | 'lockPath' | 'plansDir' | 'outArchiveDir'>, files: readonly string[]): string {
  const history = new Set([store.historyPath, store.legacyHistoryPath, `${store.legacyHistoryPath}.bak`]);
  const temps = files.filter((f) => TEMP_FILE.test(basename(f)));
  const plans = files.filter((f) => dirname(f) === store.plansDir && !temps.includes(f));
  const copies = new Set(files.filter((f) => dirname(dirname(f)) === store.outArchiveDir).map(dirname));
  const parts = [
    files.includes(store.profilePath) && text('cli', 'forget.what.profile'),
    files.some((f) => history.has(f)) && text('cli', 'forget.what.history'),
    files.includes(store.progressPath) && text('cli', 'forget.what.progress'),
    plans.length > 0 && counted('cli', 'forget.what.plans', plans.length),
    copies.size > 0 && counted('cli', 'forget.what.outArchive', copies.size),
    temps.length > 0 && text('cli', 'forget.what.temps'),
    files.includes(store.lockPath) && text('cli', 'forget.what.lock'),
  ];
  return joinWords(parts.filter((p): p is string => typeof p === 'string'));
}
