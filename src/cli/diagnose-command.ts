// `retake diagnose`: the findings alone, for a student and an advisor to discuss.
import { diagnose } from '../core/diagnose.js';
import { toJson, toYaml } from '../render/data.js';
import { resolveAnswers, type AnswerSource } from './load-answers.js';
import { todayFrom } from './today.js';

export interface DiagnoseOptions extends AnswerSource {
  format?: 'table' | 'yaml' | 'json';
}

export async function diagnoseCommand(opts: DiagnoseOptions): Promise<void> {
  const today = todayFrom(opts);
  const diagnosis = diagnose(resolveAnswers(opts, today), today);
  const data = { findings: diagnosis.findings, timeline: diagnosis.timeline, weakAreas: diagnosis.weakAreas.filter((w) => w.band !== 'unknown') };
  if (opts.format === 'yaml') return void process.stdout.write(toYaml(data));
  if (opts.format === 'json') return void process.stdout.write(toJson(data));
  const { findingsTable } = await import('../render/summary.js');
  const { chalkFor } = await import('./color.js');
  const c = chalkFor(process.stdout);
  process.stdout.write(`${findingsTable(c, diagnosis.findings, Math.min(process.stdout.columns || 110, 140), true)}\n`);
}
