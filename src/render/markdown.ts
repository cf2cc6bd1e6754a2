// The plan as CommonMark for notes apps (Obsidian, Notion, GitHub): YAML front matter,
// the diagnosis with evidence and actions, a table of weeks, and a dated checklist per day.
import { thousands } from '../lib/format.js';
import { formatLong, formatShort } from '../lib/dates.js';
import type { Checkpoint, Day, Finding, Plan, Task, Week } from '../schema/plan.js';
import { toYaml } from './data.js';
import { phaseGantt, scoreChart } from './mermaid.js';
import { weeksUntilExam } from './until-exam.js';
import { text } from '../content/texts.js';
import { shareWords } from '../content/areas.js';
import { areaNames } from '../core/rank.js';
import { scoreLabel } from '../core/scale.js';
import { studyDayHours } from '../core/availability.js';
import { renderMilestonesLine, renderStory } from './beyond.js';

const M = (key: string, vars?: Record<string, string | number>) => text('plan', `markdown.${key}`, vars);

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** A checkpoint as planned, and what was taken once it is logged (possibly another form). */
export function checkpointLabel(plan: Pick<Plan, 'exam'>, cp: Checkpoint, show: { date?: boolean; partial?: boolean } = {}): string {
  const planned = `${show.date ? `${formatShort(cp.date)}: ` : ''}${cp.name}${show.partial && !cp.fullLength ? M('partial', { questions: cp.questions }) : ''}`;
  return cp.taken ? `${planned} — ${M('taken', { date: formatShort(cp.taken.date), name: cp.taken.name, score: scoreLabel(plan.exam, cp.taken.score) })}` : planned;
}

export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
}

function hours(h: number): string {
  return `${h} h`;
}

export function renderMarkdown(plan: Plan): string {
  const out: string[] = [];
  const s = plan.schedule;
  const names = areaNames(plan.diagnosis.weakAreas);
  const focusNames = (slugs: string[]) => slugs.map((x) => names.get(x) ?? x).join(', ');
  out.push(
    '---',
    toYaml({
      title: `${plan.examName} retake plan (attempt ${plan.attempt})`,
      exam: plan.exam,
      attempt: plan.attempt,
      start: s.start,
      end: s.end,
      weeks: s.weeks,
      // An irregular week has no one day length: its weekly hours, as the header's range comes from the same days.
      ...dayOrWeekHours(s.availability, s.hoursPerDay),
      ...(s.examDate ? { exam_date: s.examDate } : {}),
      timeline: plan.diagnosis.timeline.verdict,
      // The verdict is the gap's; the weeks it asks for at the student's hours sit beside it when the plan is shorter.
      ...(s.weeks < plan.diagnosis.timeline.recommendedWeeks ? { recommended_weeks: plan.diagnosis.timeline.recommendedWeeks } : {}),
      readiness: plan.readiness.status,
      generated: plan.asOf,
      tags: ['usmle', 'retake', plan.exam, 'study-plan'],
    }).trimEnd(),
    '---',
    '',
    `# ${M('title', { examName: plan.examName })}`,
    '',
    `> ${plan.disclaimer}`,
    '',
    `> ${text('plan', 'crisis')}`,
    '',
    `**${s.weeks} week${s.weeks === 1 ? '' : 's'}, ${formatLong(s.start)} to ${formatLong(s.end)}** · ${studyDayHours(s.availability, s.hoursPerDay)} h a day · ${s.daysOffPerWeek} rest day${s.daysOffPerWeek === 1 ? '' : 's'} a week` +
      (s.asked ? ` (you offered ${hours(s.asked.hoursPerDay)} and ${s.asked.daysOffPerWeek} rest day${s.asked.daysOffPerWeek === 1 ? '' : 's'}; see the burnout finding)` : '') +
      (s.examDate ? ` · exam date ${formatLong(s.examDate)}` : '') +
      (s.earliestEligible ? ` · earliest eligible date ${formatLong(s.earliestEligible)}` : ''),
    '',
    ...renderSince(plan),
    ...renderRebalance(plan),
    `## ${M('glance')}`,
    '',
    `- **${M('timeline')}:** ${plan.diagnosis.findings.find((f) => f.id.startsWith('timeline-'))?.title.replace(/^Timeline: /, '') ?? plan.diagnosis.timeline.verdict}${timelineShort(plan)}`,
    ...renderBookingLine(plan),
    `- **${plan.readiness.gate.text}**`,
    `- **${M('readinessNow')}:** ${plan.readiness.status}. ${[plan.readiness.headline, ...plan.readiness.reasons].join(' ')}`,
    ...(plan.schedule.currentWeek > 1 ? [`- ${M('continues', { week: plan.schedule.currentWeek, weeks: plan.schedule.weeks })}`] : []),
    `- ${M('totals', { questions: thousands(s.totals.questions), checkpoints: s.totals.checkpoints, hours: thousands(Math.round(s.totals.studyHours)) })}`,
    ...renderMilestonesLine(plan),
    '',
    ...(scoreChart(plan) ? [scoreChart(plan)!, ''] : []),
    ...renderFirstSteps(plan),
    `## ${M('diagnosis')}`,
    '',
    M('diagnosisIntro'),
    '',
  );
  plan.diagnosis.findings.forEach((f, i) => out.push(...renderFinding(f, i + 1)));
  out.push(...renderResources(plan), ...renderHowToWork(plan), ...renderStory(plan));
  out.push(`## ${M('ranked')}`, '', M('rankedIntro'), '');
  out.push('| # | Area | Band | Share of exam |', '| ---: | --- | --- | --- |');
  for (const a of plan.diagnosis.weakAreas) out.push(`| ${a.rank} | ${cell(a.name)} | ${a.band} | ${shareWords(plan.exam, a.slug)} |`);
  out.push('', `## ${M('weeks')}`, '', phaseGantt(plan), '');
  out.push('| Week | Dates | Phase | Primary focus | Secondary focus | Checkpoint | Questions |', '| ---: | --- | --- | --- | --- | --- | ---: |');
  const weeks = weeksUntilExam(plan);
  for (const w of weeks) {
    const q = w.days.flatMap((d) => d.tasks).reduce((n, t) => n + (t.type === 'questions' ? (t.questions ?? 0) : 0), 0);
    out.push(`| ${w.week} | ${formatShort(w.start)}–${formatShort(w.end)} | ${cell(w.phase.name)} | ${cell(focusNames(w.focus.primary))} | ${cell(focusNames(w.focus.secondary) || '—')} | ${cell(w.checkpoint ? checkpointLabel(plan, w.checkpoint, { date: true }) : '—')} | ${q} |`);
  }
  out.push('');
  for (const w of weeks) out.push(...renderWeek(plan, w));
  return `${out.join('\n').trimEnd()}\n`;
}

function renderSince(plan: Plan): string[] {
  if (!plan.sinceLastPlan) return [];
  const lines = [`## ${M('since', { date: formatLong(plan.sinceLastPlan.previousAsOf) })}`, ''];
  for (const item of plan.sinceLastPlan.items) lines.push(`- ${item}`);
  lines.push('');
  return lines;
}

function renderRebalance(plan: Plan): string[] {
  const r = plan.rebalance;
  if (!r) return [];
  const lines = [`## ${text('plan', 'rebalance.heading')}`, ''];
  for (const n of r.notes) lines.push(`- ${n}`);
  lines.push('');
  for (const u of r.unplaced) lines.push(renderTask({ id: u.id, type: u.type, minutes: u.minutes, text: u.text, carried: { from: u.date } }, u.date, undefined));
  if (r.unplaced.length) lines.push('');
  return lines;
}

function renderFirstSteps(plan: Plan): string[] {
  if (!plan.firstSteps.length) return [];
  const lines = [`## ${M('firstSteps')}`, ''];
  for (const s of plan.firstSteps) lines.push(`- [ ] **${s.when}** · ${s.text}`);
  lines.push('', M('advisorMessage'), '', '```text', plan.advisorMessage, '```', '');
  return lines;
}

function renderResources(plan: Plan): string[] {
  const r = plan.resources;
  const lines = [`## ${M('resources')}`, '', M('resourcesIntro'), ''];
  for (const c of r.core) lines.push(`- **${c.name}**: ${c.use}`);
  // Each set-aside resource is named once, in the note that says why it waits (core/resources.ts).
  for (const n of r.notes) lines.push(`- ${n}`);
  lines.push('');
  return lines;
}

function renderHowToWork(plan: Plan): string[] {
  const lines = [`## ${plan.reviewProtocol.title}`, ''];
  plan.reviewProtocol.steps.forEach((s, i) => lines.push(`${i + 1}. ${s}`));
  lines.push('');
  if (plan.protocols.length) {
    lines.push(`## ${M('protocols')}`, '');
    // A protocol names the findings that switched it on by their titles, as the reader saw them above.
    const titles = new Map(plan.diagnosis.findings.map((f) => [f.id, f.title]));
    for (const p of plan.protocols) {
      const from = p.findings.map((id) => titles.get(id)).filter((t): t is string => t !== undefined);
      lines.push(`- **${p.name}.** ${p.how}${from.length ? ` *(${M('protocolFrom', { findings: from.join('; ') })})*` : ''}`);
    }
    lines.push('');
  }
  return lines;
}

function renderFinding(f: Finding, n: number): string[] {
  const lines = [`### ${n}. ${f.title}`, '', `*${f.severity} · ${f.category}*`, '', `**${M('evidence')}**`, ''];
  for (const e of f.evidence) lines.push(`- ${e}`);
  if (f.actions.length) {
    lines.push('', `**${M('actions')}**`, '');
    for (const a of f.actions) lines.push(`- ${a}`);
  }
  lines.push('');
  return lines;
}

function renderWeek(plan: Plan, w: Week): string[] {
  const lines = [
    `## Week ${w.week} · ${formatShort(w.start)}–${formatLong(w.end).replace(/^\w+ /, '')} · ${w.phase.name}`,
    '',
    `**${M('whyWeek')}:** ${w.why}`,
    '',
    w.checkpoint ? `**${M('checkpoint')}:** ${formatLong(w.checkpoint.date)}, ${checkpointLabel(plan, w.checkpoint, { partial: true })}.` : `**${M('checkpoint')}:** —`,
    '',
  ];
  // A recurring task's reason is given once a week, at its first occurrence: a day reads in seconds.
  const told = new Set<string>();
  for (const d of w.days) lines.push(...renderDay(d, told));
  return lines;
}

function renderDay(d: Day, told: Set<string>): string[] {
  const label = d.skipped ? `${M('skipped')}${d.skipped.reason ? ` (${d.skipped.reason})` : ''}` : M(`dayKinds.${d.kind}`);
  const lines = [`### ${formatLong(d.date)} · ${label}${d.hours ? ` · ${hours(d.hours)}` : ''}`, ''];
  // 📅 date and 🆔 id: Obsidian Tasks fields at the end of the line, so each item keeps its day
  // when moved or queried and its identity across regenerations. A recurring reason is given once.
  for (const t of d.tasks) {
    const why = t.why && !told.has(t.why) ? t.why : undefined;
    if (why) told.add(why);
    lines.push(d.skipped && !t.done && !t.moved ? `- ~~**${duration(t.minutes)}** · ${t.text}~~ ${M('skipped')}` : renderTask(t, d.date, why));
  }
  for (const n of d.notes) lines.push(`- ${n}`);
  lines.push('');
  return lines;
}

function renderTask(t: Task, date: string, why: string | undefined): string {
  const body = `**${duration(t.minutes)}** · ${t.text}`;
  // A task that moved on keeps no checkbox and no ID here: its one live copy is where it went.
  if (t.moved) return `- ↪ ~~${body}~~ ${t.moved.to ? M('movedTo', { date: formatShort(t.moved.to) }) : M('movedUnplaced')}`;
  const from = t.carried ? ` *(${M('carriedFrom', { date: formatShort(t.carried.from) })})*` : '';
  const done = t.done ? `${t.done.on ? ` ✅ ${t.done.on}` : ''}` : '';
  return `- [${t.done ? 'x' : ' '}] ${body}${from}${why ? ` *(why: ${why})*` : ''} 📅 ${date}${done}${t.id ? ` 🆔 ${t.id}` : ''}`;
}

/** A booked date the plan cannot just end at (ineligible, unchecked, past), said near the top. */
function renderBookingLine(plan: Plan): string[] {
  const { booking, sitFrom, earliestEligible, end } = plan.schedule;
  if (!booking || booking.status === 'allowed' || booking.status === 'none') return [];
  const vars = { date: formatLong(booking.date), earliest: earliestEligible ? formatLong(earliestEligible) : '', sitFrom: sitFrom ? formatLong(sitFrom) : '', end: formatLong(end) };
  return [`- **${M('booking.label')}:** ${M(`booking.${booking.status}`, vars)}`];
}

/** When a booked date ends the plan before the recommended weeks: said beside the verdict, from the same timeline. */
function timelineShort(plan: Plan): string {
  const t = plan.diagnosis.timeline;
  return plan.schedule.examDate && t.planWeeks < t.recommendedWeeks ? M('timelineShort', { weeks: t.planWeeks }) : '';
}

/** Front matter: hours_per_day when every study day is as long, else hours_per_week (the days summed). */
function dayOrWeekHours(week: Readonly<Record<string, number>> | undefined, fallback: number): { hours_per_day: number } | { hours_per_week: number } {
  const study = Object.values(week ?? {}).filter((h) => h > 0);
  if (new Set(study).size <= 1) return { hours_per_day: study[0] ?? fallback };
  return { hours_per_week: study.reduce((n, h) => n + h, 0) };
}
