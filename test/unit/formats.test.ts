// The plan read back by real parsers: iCalendar (ical.js), CommonMark (markdown-it), YAML.
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../src/core/plan.js';
import { fold, renderIcs } from '../../src/render/ics.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { weeksUntilExam } from '../../src/render/until-exam.js';
import { TODAY, fixtureAnswers, fixtureNames } from '../helpers.js';

describe.each(fixtureNames())('%s', (name) => {
  const a = fixtureAnswers(name);
  const plan = buildPlan(a, TODAY);
  const days = plan.weeks.flatMap((w) => w.days);

  it('calendar: valid RFC 5545 with one event per working day, reminders and stable UIDs', () => {
    const ics = renderIcs(plan, { dayStartsAt: a.schedule.dayStartsAt });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const working = days.filter((d) => d.tasks.length > 0);
    expect(events).toHaveLength(working.length + (plan.schedule.examDate ? 1 : 0));
    for (const day of working) {
      const ev = events.find((e) => e.uid.includes(`-${day.date}-day@`))!;
      expect(ev, day.date).toBeDefined();
      // A day starts when the student's day does, unless the plan moved it (core/clock.ts: a long day, the rehearsal's check-in).
      expect(ev.startDate.toString()).toBe(`${day.date}T${day.startsAt ?? a.schedule.dayStartsAt ?? '08:00'}:00`);
      expect(ev.startDate.zone?.tzid).toBe('floating');
      expect(ev.endDate.subtractDate(ev.startDate).toSeconds()).toBe(day.hours * 3600);
      expect(ev.description).toContain(day.tasks[0]!.text);
      const alarms = ev.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(day.kind === 'checkpoint' ? 1 : 0);
      if (alarms[0]) {
        const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
        const at = ev.startDate.clone();
        at.addDuration(trigger);
        expect(at.toString()).toBe(`${addDay(day.date, -1)}T19:00:00`);
      }
    }
    if (plan.schedule.examDate) expect(events.find((e) => e.uid === `retake-${plan.exam}-exam@retake.local`)!.startDate.toString()).toBe(plan.schedule.examDate);
    // Regenerated later, every remaining event keeps its UID, so a calendar updates it in place.
    const later = addDay(a.schedule.start, 10);
    const again = renderIcs(buildPlan(a, later), { dayStartsAt: a.schedule.dayStartsAt }).match(/^UID:.*$/gm)!;
    expect(again.length).toBeGreaterThan(0);
    for (const uid of again) expect(ics).toContain(uid);
  });

  it('markdown: front matter parses, one heading per week, one task item per task', () => {
    const md = renderMarkdown(plan);
    // The rendered plan stops at the exam (render/until-exam.ts).
    const shown = weeksUntilExam(plan);
    const days = shown.flatMap((w) => w.days);
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)!;
    const meta = parse(front[1]!);
    expect(meta).toMatchObject({ exam: plan.exam, start: plan.schedule.start, tags: expect.arrayContaining(['usmle', 'retake']) });
    const tokens = new MarkdownIt().parse(md.slice(front[0].length), {});
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [{ level: t.tag, text: tokens[i + 1]!.content }] : []));
    const weekHeadings = headings.filter((h) => h.level === 'h2' && /^Week \d+ · /.test(h.text));
    expect(weekHeadings.map((h) => Number(/^Week (\d+)/.exec(h.text)![1]))).toEqual(shown.map((w) => w.week));
    expect(headings.filter((h) => h.level === 'h3' && /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(h.text))).toHaveLength(days.length);
    // Obsidian Tasks fields end the line: the due date, then the task's stable ID.
    const taskItems = tokens.filter((t) => t.type === 'inline' && t.content.startsWith('[ ] **') && / 📅 \d{4}-\d{2}-\d{2} 🆔 [a-z0-9]{8}$/.test(t.content));
    expect(taskItems).toHaveLength(days.reduce((n, d) => n + d.tasks.length, 0));
    expect(taskItems.map((t) => t.content.slice(-8))).toEqual(days.flatMap((d) => d.tasks.map((t) => t.id)));
  });
});

function addDay(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('folding', () => {
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const folded = fold(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });
});
