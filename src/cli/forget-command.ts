// `retake forget`: delete the saved profile, practice history and archived plans.
import { counted, text } from '../content/texts.js';
import { UserError } from './errors.js';
import { Store } from './store.js';

export async function forgetCommand(opts: { yes?: boolean }): Promise<void> {
  const store = new Store();
  const files = store.storedFiles();
  if (!files.length) return void process.stderr.write(`${text('cli', 'forget.nothing', { dir: store.dir })}\n`);
  process.stderr.write(`${counted('cli', 'forget.warn', files.length, { dir: store.dir })}\n`);
  if (!opts.yes) {
    if (!process.stdin.isTTY || !process.stderr.isTTY) throw new UserError('retake forget asks for confirmation; pass --yes to delete without asking');
    const { inquirerPrompter } = await import('../interview/prompter.js');
    const prompt = await inquirerPrompter(process.stderr);
    if (!(await prompt.confirm({ message: text('cli', 'forget.confirm'), default: false }))) return void process.stderr.write(`${text('cli', 'forget.kept')}\n`);
  }
  const n = store.forget();
  process.stderr.write(`${counted('cli', 'forget.done', n)}\n`);
}
