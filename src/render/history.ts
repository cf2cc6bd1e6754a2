// `retake history` views: a table with the trend and verdict, and a one-line sparkline.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Exam } from '../content/exams.js';
import { entryName, lineForKind, modelReading, passLine, scoreLabel, scorePoints, trendPerWeek } from '../core/readiness.js';
import { counted, text } from '../content/texts.js';
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

/** "+1.5 points a week"; "no clear change" when it rounds to nothing. */
function slopeText(slope: number): string {
  return slope === 0 ? H('flat') : H('perWeek', { slope: `${slope > 0 ? '+' : ''}${slope}` });
}

export function renderHistory(exam: Exam, entries: readonly LoggedExam[], today: string, c: ChalkInstance, readiness?: Readiness): string {
  if (!entries.length) return `${H('empty')}\n`;
  // One line, the readiness model's (the verdict's when a profile is saved); each result is set
  // against it on its kind's own scale, as the model reads that kind.
  const line = readiness?.line.value ?? passLine(exam, today);
  const table = new Table({ head: [H('date'), H('exam'), H('score'), H('vsLine', { line: scoreLabel(exam, line) }), H('probability'), H('weak')], style: { head: c.level ? ['bold'] : [], border: [] }, wordWrap: true });
  for (const e of entries) {
    const kindLine = lineForKind(exam, e.kind, line);
    const d = kindLine === undefined ? undefined : scorePoints(exam, e.score - kindLine, e.kind);
    const own = kindLine !== undefined && scoreLabel(exam, kindLine, e.kind) !== scoreLabel(exam, line) ? ` ${H('kindLine', { line: scoreLabel(exam, kindLine, e.kind) })}` : '';
    const diff = d === undefined ? H('notCounted') : `${d > 0 ? '+' : ''}${d}${own}`;
    table.push([e.date, entryName(e), scoreLabel(exam, e.score, e.kind), d === undefined ? diff : d >= 0 ? c.green(diff) : c.red(diff), e.passProbability !== undefined ? `${e.passProbability}%` : '', (e.weak ?? []).map((s) => areaBySlug(exam, s).name).join(', ')]);
  }
  const out = [table.toString()];
  // The column sets each score against the line as logged; the verdict reads every score lower by
  // the student's own over-prediction (readiness.personalOffset): say so beside the table.
  if (readiness?.personalOffset) out.push(counted('plan', 'history.personal', scorePoints(exam, readiness.personalOffset)));
  const slope = readiness?.trendPerWeek ?? trendPerWeek(exam, entries);
  out.push(`${H('trend')} ${sparkline(entries.flatMap((e) => modelReading(exam, e) ?? []), line)}${slope !== undefined ? `  ${slopeText(slope)}` : ''}`);
  if (readiness) {
    out.push(`${H('verdict')} ${c.bold(readiness.status)}. ${readiness.headline}`);
    for (const r of readiness.reasons) out.push(`  • ${r}`);
  } else out.push(H('noProfile'));
  return `${out.join('\n')}\n`;
}
