// Mermaid diagrams for the Markdown plan (render in Obsidian and on GitHub): practice scores
// against the readiness line (xychart-beta) and the plan's phases and checkpoints (gantt).
// Labels are sanitised to the characters each grammar accepts inside them.
import { CHECKPOINT_NAMES } from '../content/exams.js';
import { text, type Vars } from '../content/texts.js';
import { entryName, scorePoints } from '../core/readiness.js';
import { onModelScale } from '../core/readiness-model.js';
import { scoreLabel } from '../core/scale.js';
import type { LoggedExam } from '../schema/history.js';
import { daysBetween, formatShort } from '../lib/dates.js';
import type { Plan } from '../schema/plan.js';
import { weeksUntilExam } from './until-exam.js';

const label = (s: string) => s.replace(/["\\:;#,\[\]{}<>`]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Practice scores against the readiness line, on one scale: the exam's practice scale as the
 * readiness model reads it (core/readiness-model.ts onModelScale). A result on another scale is
 * plotted mapped when the model maps it (a Step 1 UWSA onto EPC) and otherwise left out (a
 * question-bank mock's percent beside three-digit scores); a line under the chart says which.
 */
export function scoreChart(plan: Plan): string | undefined {
  const read = plan.practiceExams.map((e) => ({ e, on: onModelScale(plan.exam, e.kind, e.score) }));
  const plotted = read.flatMap(({ e, on }) => ('value' in on ? [{ e, value: on.value }] : []));
  const left = (reason: 'uncalibrated' | 'off-scale') => read.filter(({ on }) => 'reason' in on && on.reason === reason).map(({ e }) => e);
  const listed = (es: readonly LoggedExam[]) => es.map((e) => `${formatShort(e.date)} ${entryName(e)} (${scoreLabel(plan.exam, e.score, e.kind)})`).join(', ');
  const notes = [
    ...(plotted.some(({ e, value }) => value !== e.score) ? [P('chart.mapped', { kinds: kindNames(plotted.filter(({ e, value }) => value !== e.score).map(({ e }) => e)) })] : []),
    ...(['uncalibrated', 'off-scale'] as const).flatMap((r) => (left(r).length ? [P(`chart.leftOut.${r}`, { results: listed(left(r)) })] : [])),
  ];
  if (!plotted.length) return notes.length ? `*${P('chart.none', { scale: P(`chart.scale.${plan.readiness.gate.scale}`) })} ${notes.join(' ')}*` : undefined;
  const target = scorePoints(plan.exam, plan.readiness.line.value);
  const percent = plan.readiness.gate.scale === 'percent';
  const scores = plotted.map(({ value }) => Math.round(value * 10) / 10);
  const lo = Math.floor(Math.min(...scores, target) / 5) * 5 - 5;
  const hi = Math.ceil(Math.max(...scores, target) / 5) * 5 + 5;
  const chart = [
    '```mermaid',
    'xychart-beta',
    `    title "Practice scores and the passing line (${target}${percent ? '%' : ''})"`,
    `    x-axis [${plotted.map(({ e }) => `"${label(`${formatShort(e.date)} ${entryName(e)}`)}"`).join(', ')}]`,
    `    y-axis "${P(`chart.scale.${plan.readiness.gate.scale}`)}" ${Math.max(0, lo)} --> ${percent ? Math.min(100, hi) : hi}`,
    `    line [${scores.join(', ')}]`,
    `    line [${scores.map(() => target).join(', ')}]`,
    '```',
  ].join('\n');
  return notes.length ? `${chart}\n\n*${notes.join(' ')}*` : chart;
}

const P = (key: string, vars?: Vars) => text('plan', key, vars);
const kindNames = (es: readonly Pick<LoggedExam, 'kind'>[]) => [...new Set(es.map((e) => CHECKPOINT_NAMES[e.kind]))].join(', ');

export function phaseGantt(plan: Plan): string {
  const lines = ['```mermaid', 'gantt', `    title ${label(`${plan.examName} retake plan`)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %d %b', '    section Phases'];
  // Consecutive weeks of one phase form one bar.
  const weeks = weeksUntilExam(plan);
  let i = 0;
  let n = 0;
  while (i < weeks.length) {
    const w = weeks[i]!;
    let j = i;
    while (j + 1 < weeks.length && weeks[j + 1]!.phase.id === w.phase.id) j++;
    const days = daysBetween(w.start, weeks[j]!.end) + 1;
    lines.push(`    ${label(`${w.phase.name} (weeks ${w.week}–${weeks[j]!.week})`)} :p${++n}, ${w.start}, ${days}d`);
    i = j + 1;
  }
  lines.push('    section Practice exams');
  plan.weeks.forEach((w, k) => w.checkpoint && lines.push(`    ${label(w.checkpoint.name)} :milestone, c${k + 1}, ${w.checkpoint.date}, 0d`));
  if (plan.schedule.examDate) lines.push('    section Exam', `    ${label(plan.examName)} :crit, milestone, exam, ${plan.schedule.examDate}, 0d`);
  if (plan.milestones?.length) lines.push('    section Your dates', ...plan.milestones.map((m, k) => `    ${label(m.name)} :${m.risk === 'clear' ? '' : 'crit, '}milestone, m${k + 1}, ${m.date}, 0d`));
  lines.push('```');
  return lines.join('\n');
}
