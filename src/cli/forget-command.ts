// `retake forget`: delete the saved profile, practice history and archived plans.
import { UserError } from './errors.js';
import { Store } from './store.js';

export async function forgetCommand(opts: { yes?: boolean }): Promise<void> {
  const store = new Store();
  const files = store.storedFiles();
  if (!files.length) return void process.stderr.write(`Nothing to forget: retake has stored nothing in ${store.dir}.\n`);
  process.stderr.write(`This deletes ${files.length} file(s) in ${store.dir}: your saved answers, practice-exam history and archived plans.\n`);
  if (!opts.yes) {
    if (!process.stdin.isTTY || !process.stderr.isTTY) throw new UserError('retake forget asks for confirmation; pass --yes to delete without asking');
    const { inquirerPrompter } = await import('../interview/prompter.js');
    const prompt = await inquirerPrompter(process.stderr);
    if (!(await prompt.confirm({ message: 'Delete them for good?', default: false }))) return void process.stderr.write('Nothing was deleted.\n');
  }
  const n = store.forget();
  process.stderr.write(`Deleted ${n} file(s). Plans you wrote elsewhere with --out are yours to keep or delete.\n`);
}
