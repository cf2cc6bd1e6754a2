// `retake history` views: a table with the trend and verdict, and a one-line sparkline.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { readinessGate, type Exam } from '../content/exams.js';
import { entryName, isClear, modelScore, scoreLabel, scorePoints, trendPerWeek } from '../core/readiness.js';
import { text } from '../content/texts.js';
import { areaBySlug } from '../content/areas.js';
import type { LoggedExam } from '../schema/history.js';
import type { Readiness } from '../schema/plan.js';

const H = (key: string, vars?: Record<string, string | number>) => text('plan', `history.${key}`, vars);
const BARS = '▁▂▃▄▅▆▇█';

/** Scores as bars between the lowest and highest of scores and the line; the line's level is marked. */
export function sparkline(scores: readonly number[], line: number): string {
  if (!scores.length) return '';
  const lo = Math.min(...scores, line);
  const hi = Math.max(...scores, line);
  const level = (v: number) => (hi === lo ? BARS.length - 1 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1)));
  return scores.map((s) => BARS[level(s)]).join('');
}

export function renderHistory(exam: Exam, entries: readonly LoggedExam[], today: string, c: ChalkInstance, readiness?: Readiness): string {
  if (!entries.length) return `${H('empty')}\n`;
  const gate = readinessGate(exam, today);
  const table = new Table({ head: [H('date'), H('exam'), H('score'), H('vsLine', { target: scoreLabel(exam, gate.target) }), H('probability'), H('weak')], style: { head: c.level ? ['bold'] : [], border: [] }, wordWrap: true });
  for (const e of entries) {
    // Distance to the line on the exam's scale (a Step 1 UWSA mapped onto EPC); blank when not counted.
    const m = modelScore(exam, e);
    const d = m === undefined ? undefined : m - gate.target;
    const diff = d === undefined ? '' : `${d >= 0 ? '+' : ''}${scorePoints(exam, d)}`;
    table.push([e.date, entryName(e), scoreLabel(exam, e.score, e.kind), isClear(exam, e, today) ? c.green(diff) : c.red(diff), e.passProbability !== undefined ? `${e.passProbability}%` : '', (e.weak ?? []).map((s) => areaBySlug(exam, s).name).join(', ')]);
  }
  const out = [table.toString()];
  const slope = readiness?.trendPerWeek ?? trendPerWeek(exam, entries);
  out.push(`${H('trend')} ${sparkline(entries.flatMap((e) => modelScore(exam, e) ?? []), gate.target)}${slope !== undefined ? `  ${H('perWeek', { slope: `${slope >= 0 ? '+' : ''}${slope}` })}` : ''}`);
  if (readiness) {
    out.push(`${H('verdict')} ${c.bold(readiness.status)}. ${readiness.headline}`);
    for (const r of readiness.reasons) out.push(`  • ${r}`);
  } else out.push(H('noProfile'));
  return `${out.join('\n')}\n`;
}
