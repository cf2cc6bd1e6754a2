// `retake history`: the logged practice exams, the trend and the readiness verdict.
import { buildPlan } from '../core/plan.js';
import { trendPerWeek } from '../core/readiness.js';
import { toJson, toYaml } from '../render/data.js';
import { entriesAsOf } from '../schema/history.js';
import { UserError } from './errors.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

export interface HistoryOptions {
  format?: 'table' | 'yaml' | 'json';
  asOf?: string;
}

export async function historyCommand(opts: HistoryOptions): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  const history = store.readHistory();
  const profile = store.hasProfile() ? store.readProfile(today) : undefined;
  const exam = profile?.exam ?? history.exam;
  const entries = entriesAsOf(history.entries, today);
  if (!exam) {
    if (opts.format === 'json' || opts.format === 'yaml') return void process.stdout.write((opts.format === 'json' ? toJson : toYaml)({ entries: [] }));
    throw new UserError('no practice exams logged yet: after your first one, run retake log --kind nbme --form 30 --score 61');
  }
  const readiness = profile ? buildPlan(profile, today, { history: entries }).readiness : undefined;
  if (opts.format === 'json' || opts.format === 'yaml') {
    const data = { exam, entries, trendPerWeek: readiness?.trendPerWeek ?? trendPerWeek(exam, entries) ?? null, readiness: readiness ?? null };
    return void process.stdout.write(opts.format === 'json' ? toJson(data) : toYaml(data));
  }
  const { renderHistory } = await import('../render/history.js');
  const { chalkFor } = await import('./color.js');
  process.stdout.write(renderHistory(exam, entries, today, chalkFor(process.stdout), readiness));
}
