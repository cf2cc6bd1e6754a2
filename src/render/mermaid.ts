// Mermaid diagrams for the Markdown plan (render in Obsidian and on GitHub): practice scores
// against the readiness line (xychart-beta) and the plan's phases and checkpoints (gantt).
// Labels are sanitised to the characters each grammar accepts inside them.
import { entryName, scorePoints } from '../core/readiness.js';
import { daysBetween, formatShort } from '../lib/dates.js';
import type { Plan } from '../schema/plan.js';

const label = (s: string) => s.replace(/["\\:;#,\[\]{}<>`]/g, ' ').replace(/\s+/g, ' ').trim();

export function scoreChart(plan: Plan): string | undefined {
  const exams = plan.practiceExams;
  if (!exams.length) return undefined;
  const target = scorePoints(plan.exam, plan.readiness.line.value);
  const percent = plan.readiness.gate.scale === 'percent';
  const scores = exams.map((e) => Math.round(e.score * 10) / 10);
  const lo = Math.floor(Math.min(...scores, target) / 5) * 5 - 5;
  const hi = Math.ceil(Math.max(...scores, target) / 5) * 5 + 5;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Practice scores and the passing line (${target}${percent ? '%' : ''})"`,
    `    x-axis [${exams.map((e) => `"${label(`${formatShort(e.date)} ${entryName(e)}`)}"`).join(', ')}]`,
    `    y-axis "${percent ? 'percent correct' : 'predicted score'}" ${Math.max(0, lo)} --> ${percent ? Math.min(100, hi) : hi}`,
    `    line [${scores.join(', ')}]`,
    `    line [${scores.map(() => target).join(', ')}]`,
    '```',
  ].join('\n');
}

export function phaseGantt(plan: Plan): string {
  const lines = ['```mermaid', 'gantt', `    title ${label(`${plan.examName} retake plan`)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %d %b', '    section Phases'];
  // Consecutive weeks of one phase form one bar.
  let i = 0;
  let n = 0;
  while (i < plan.weeks.length) {
    const w = plan.weeks[i]!;
    let j = i;
    while (j + 1 < plan.weeks.length && plan.weeks[j + 1]!.phase.id === w.phase.id) j++;
    const days = daysBetween(w.start, plan.weeks[j]!.end) + 1;
    lines.push(`    ${label(`${w.phase.name} (weeks ${w.week}–${plan.weeks[j]!.week})`)} :p${++n}, ${w.start}, ${days}d`);
    i = j + 1;
  }
  lines.push('    section Practice exams');
  plan.weeks.forEach((w, k) => w.checkpoint && lines.push(`    ${label(w.checkpoint.name)} :milestone, c${k + 1}, ${w.checkpoint.date}, 0d`));
  if (plan.schedule.examDate) lines.push('    section Exam', `    ${label(plan.examName)} :crit, milestone, exam, ${plan.schedule.examDate}, 0d`);
  if (plan.milestones?.length) lines.push('    section Your dates', ...plan.milestones.map((m, k) => `    ${label(m.name)} :${m.risk === 'clear' ? '' : 'crit, '}milestone, m${k + 1}, ${m.date}, 0d`));
  lines.push('```');
  return lines.join('\n');
}
