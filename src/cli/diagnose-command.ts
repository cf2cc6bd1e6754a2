// `retake diagnose`: the findings alone, for a student and an advisor to discuss. With no
// answers given, the saved profile and practice history drive it, as they drive `retake plan`,
// and the findings are the plan's own (written from the plan's final length).
import { buildPlan } from '../core/plan.js';
import { toJson, toYaml } from '../render/data.js';
import { checkHistoryExam, resolveAnswers, type AnswerSource } from './load-answers.js';
import { Store } from './store.js';
import { todayFrom } from './today.js';

export interface DiagnoseOptions extends AnswerSource {
  format?: 'table' | 'yaml' | 'json';
}

export async function diagnoseCommand(opts: DiagnoseOptions): Promise<void> {
  const today = todayFrom(opts);
  const store = new Store();
  const fromStore = !opts.answers && !opts.demo && store.hasProfile();
  const answers = fromStore ? store.readProfile(today)! : resolveAnswers(opts, today);
  const history = fromStore ? store.readHistory() : undefined;
  checkHistoryExam(history, answers, store.historyPath);
  const diagnosis = buildPlan(answers, today, { history: history?.entries }).diagnosis;
  const data = { findings: diagnosis.findings, timeline: diagnosis.timeline, weakAreas: diagnosis.weakAreas.filter((w) => w.band !== 'unknown') };
  if (opts.format === 'yaml') return void process.stdout.write(toYaml(data));
  if (opts.format === 'json') return void process.stdout.write(toJson(data));
  const { findingsTable } = await import('../render/summary.js');
  const { chalkFor } = await import('./color.js');
  const c = chalkFor(process.stdout);
  process.stdout.write(`${findingsTable(c, diagnosis.findings, Math.min(process.stdout.columns || 110, 140), true)}\n`);
}
