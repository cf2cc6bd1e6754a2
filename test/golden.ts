// What a reviewer checks in a plan, as short Markdown: findings with evidence and actions,
// each week's focus and checkpoint, and a few whole days (the first study day, the first
// checkpoint day, the test-day rehearsal and the first day of the final week). The full plan is one sample file.
import type { Day, Plan } from '../src/schema/plan.js';

export function digest(plan: Plan): string {
  const out: string[] = [`# ${plan.examName}, attempt ${plan.attempt}: ${plan.schedule.start} to ${plan.schedule.end} (${plan.schedule.weeks} weeks)`, ''];
  out.push(`${plan.schedule.hoursPerDay} h a day, ${plan.schedule.daysOffPerWeek} rest day${plan.schedule.daysOffPerWeek === 1 ? '' : 's'} a week; readiness: ${plan.readiness.status}`, '', '## Findings', '');
  for (const f of plan.diagnosis.findings) {
    out.push(`### ${f.severity} · ${f.id}: ${f.title}`);
    for (const e of f.evidence) out.push(`- evidence: ${e}`);
    for (const a of f.actions) out.push(`- action: ${a}`);
    out.push('');
  }
  out.push('## Weeks', '');
  for (const w of plan.weeks) {
    out.push(`- week ${w.week} (${w.start}, ${w.phase.name}): ${w.focus.primary.join(', ') || '—'}${w.focus.secondary.length ? ` | secondary: ${w.focus.secondary.join(', ')}` : ''} | ${w.checkpoint ? `checkpoint ${w.checkpoint.date} ${w.checkpoint.name}${w.checkpoint.rehearsal ? ' (test-day rehearsal)' : ''}` : 'no checkpoint'}`);
  }
  const days = plan.weeks.flatMap((w) => w.days);
  const chosen = [
    days.find((d) => d.kind === 'study'),
    days.find((d) => d.kind === 'checkpoint'),
    days.find((d) => d.date === plan.weeks.find((w) => w.checkpoint?.rehearsal)?.checkpoint?.date),
    plan.weeks.at(-1)!.days[0],
  ].filter((d, i, all): d is Day => d !== undefined && all.findIndex((x) => x?.date === d.date) === i);
  out.push('', '## Days', '');
  for (const d of chosen) {
    out.push(`### ${d.weekday} ${d.date} (${d.kind}, ${d.hours} h)${d.focus.length ? `: ${d.focus.join(', ')}` : ''}`);
    for (const t of d.tasks) out.push(`- ${t.minutes} min ${t.type}: ${t.text}${t.why ? ` (why: ${t.why})` : ''}`);
    for (const n of d.notes) out.push(`- note: ${n}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
