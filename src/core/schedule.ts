// The schedule builder: a pure function of (answers, diagnosis, options) to dated weeks.
// It decides the frame first (each day's hours, the checkpoints, the rehearsal, the taper,
// the exam wall), then fills each day with tasks whose minutes add up to its hours.
import { readinessGate, secondsPerQuestion } from '../content/exams.js';
import { LOAD } from '../content/load.js';
import {
  CHECKPOINT_REVIEW,
  CONTENT_METHODS,
  DAY,
  FINAL_WEEKS,
  FIRST_PASS_WEEKS,
  FOUNDATION_WEEKS,
  PHASES,
  PRACTICE_EXAM,
  REHEARSAL,
  TAPER,
  type Phase,
  type PracticeExam,
} from '../content/schedule.js';
import { joinWords, text } from '../content/texts.js';
import { addDays, daysBetween, formatLong, planEnd, weekday, weekdayName } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Checkpoint, Day, RankedArea, Task, Week } from '../schema/plan.js';
import { askedNoRest, keptWeek, practiceWeekday, withRestDays } from './availability.js';
import type { Diagnosis, PlanEffects } from './diagnose.js';
import { finalFocus, weeksFocus, type WeekFocus } from './focus.js';
import { checkpointExams } from './forms.js';
import { sleepWindow } from './guidance.js';
import { bandWords } from './rank.js';

const P = (key: string, vars?: Record<string, string | number>) => text('plan', key, vars);
const names = (rs: readonly RankedArea[]) => joinWords(rs.map((r) => r.name));
const round5 = (n: number) => Math.round(n / 5) * 5;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const quarter = (h: number) => Math.floor(h * 4) / 4;

export function phaseOf(week: number, total: number, foundations: boolean): Phase {
  if (week >= total - FINAL_WEEKS) return PHASES.final;
  const offset = foundations ? FOUNDATION_WEEKS : 0;
  if (week < offset) return PHASES.foundations;
  return week < offset + FIRST_PASS_WEEKS ? PHASES['first-pass'] : PHASES.deepen;
}

export interface WeekOptions {
  /** The first day to build for: output starts with the week that holds it; earlier weeks are history. */
  fromDate?: string;
  /** examKey()s of practice exams already taken (logged or listed in methods.formsTaken). */
  taken?: ReadonlySet<string>;
  /** A booked, eligible exam date: nothing is planned after it and the exam day holds only the exam. */
  examDate?: string;
  /** Weeks before the block (far exam date): shorter days, recovery and foundations. */
  leadInWeeks?: number;
}

/** The person's load: hours per weekday after the findings' limits, and in the first weeks. */
export interface Load {
  weekly: number[];
  /** Weekly hours in the first `rampWeeks` weeks (lower cap, more rest). */
  ramp: number[];
  rampWeeks: number;
  /** Share of hours in week 1 (severe distress: a lighter start). */
  week1Share: number;
  askedNoRest: boolean;
}

export function personLoad(a: Answers, dx: Pick<Diagnosis, 'effects' | 'findings'>): Load {
  const fx = dx.effects;
  const capped = keptWeek(a, fx.capHours, fx.minRestDays);
  const distress = dx.findings.some((f) => f.id === 'severe-distress');
  const burnout = dx.findings.some((f) => f.id === 'burnout' && (f.severity === 'high' || f.severity === 'critical'));
  const r = distress ? LOAD.distress : burnout ? LOAD.burnout : undefined;
  const ramp = r ? withRestDays(capped.map((h) => Math.min(h, r.capHours)), r.restDays) : capped;
  return { weekly: capped, ramp, rampWeeks: r?.weeks ?? 0, week1Share: distress ? LOAD.distress.week1Share : 1, askedNoRest: askedNoRest(a) };
}

/** Hours and week grid for every day of the plan, before tasks. */
interface Frame {
  a: Answers;
  fx: PlanEffects;
  load: Load;
  start: string;
  total: number;
  leadIn: number;
  /** The booked exam date, when inside the plan. */
  wall?: string;
  /** The last day that holds study. */
  last: string;
  taperFrom: string;
  pWeekday: number;
}

function hoursOn(f: Frame, date: string): number {
  const w = Math.floor(daysBetween(f.start, date) / 7);
  const base = (w < f.load.rampWeeks ? f.load.ramp : f.load.weekly)[weekday(date)]!;
  if (!base) return 0;
  // Each lightening keeps at least an hour (a quarter in the taper) but never lifts a day above its base.
  const lighter = (h: number, share: number, min: number) => Math.min(base, Math.max(min, quarter(h * share)));
  let h = base;
  if (w === 0 && f.load.week1Share < 1) h = lighter(h, f.load.week1Share, 1);
  if (w < f.leadIn) h = lighter(h, LOAD.leadInShare, 1);
  if (date >= f.taperFrom) h = Math.max(0.25, quarter(h * TAPER.maxShare));
  return h;
}

export function buildWeeks(a: Answers, dx: Diagnosis, opts: WeekOptions = {}): Week[] {
  const total = dx.timeline.planWeeks;
  const start = a.schedule.start;
  const end = planEnd(start, total);
  const wall = opts.examDate && opts.examDate > start && opts.examDate <= end ? opts.examDate : undefined;
  const last = wall ? addDays(wall, -1) : end;
  const load = personLoad(a, dx);
  const leadIn = Math.min(opts.leadInWeeks ?? 0, Math.max(0, total - 6));
  const frame: Frame = { a, fx: dx.effects, load, start, total, leadIn, wall, last, taperFrom: addDays(last, -(TAPER.days - 1)), pWeekday: practiceWeekday(a, load.weekly) };
  const dates = Array.from({ length: total * 7 }, (_, i) => addDays(start, i));
  const hours = new Map(dates.map((d) => [d, d <= last ? hoursOn(frame, d) : 0]));
  const cps = placeCheckpoints(frame, dates, hours, opts.taken ?? new Set());

  const blockWeeks = total - leadIn;
  const from = opts.fromDate ? clamp(Math.floor(daysBetween(start, opts.fromDate) / 7), 0, total - 1) : 0;
  // Focus is assigned afresh over the weeks still ahead, from the current ranking.
  const focus = weeksFocus(dx.weakAreas, total, from);
  const final = finalFocus(dx.weakAreas);
  const ctx: Ctx = { frame, dx, hours, pending: undefined, lastFocus: new Map(), retrieved: new Set(), method: 0 };
  const weeks: Week[] = [];
  for (let w = 0; w < total; w++) {
    const phase = w < leadIn ? PHASES['lead-in'] : phaseOf(w - leadIn, blockWeeks, dx.effects.foundations);
    const f: WeekFocus = focus[Math.max(0, w - from)] ?? final;
    const weekDates = dates.slice(w * 7, w * 7 + 7);
    const cp = cps.get(w);
    const cpDays = new Set(cp?.days ?? []);
    const buffer = phase.id === 'lead-in' ? undefined : bufferDate(frame, weekDates, hours, cpDays);
    let studyIndex = 0;
    const days = weekDates.map((date) => {
      const h = hours.get(date)!;
      if (wall && date === wall) return examDay(date);
      if (wall && date > wall) return restDay(date, P('notes.afterExam'));
      if (cpDays.has(date)) return checkpointDay(ctx, date, cp!);
      if (!h) return restDay(date, P('notes.rest'));
      if (date >= frame.taperFrom) return taperDay(ctx, date, h);
      if (date === buffer) return bufferDay(ctx, date, h, f, weekDates.every((d) => hours.get(d)! > 0));
      return studyDay(ctx, date, h, phase, f, studyIndex++, w);
    });
    if (w < from) continue;
    weeks.push({
      week: w + 1,
      start: weekDates[0]!,
      end: weekDates[6]!,
      phase: { id: phase.id, name: phase.name },
      focus: { primary: f.primary.map((r) => r.slug), secondary: f.secondary.map((r) => r.slug) },
      why: weekWhy(phase, f),
      ...(cp ? { checkpoint: cp.checkpoint } : {}),
      days,
    });
  }
  return weeks;
}

// ---------------------------------------------------------------- checkpoints

interface PlacedCheckpoint {
  exam: PracticeExam;
  checkpoint: Checkpoint;
  /** Dates and the blocks each holds. */
  days: string[];
  blocks: number[];
  rehearsal: boolean;
  assumed?: string;
  baseline: boolean;
}

const examMinutes = (e: PracticeExam) => e.blocks * e.minutesPerBlock;

function rehearsalExam(a: Answers, base: PracticeExam): PracticeExam {
  const blocks = REHEARSAL.blocks[a.exam];
  const extra = blocks - (base.kind === 'other' ? 0 : base.blocks);
  const name = base.kind === 'other' ? P('rehearsal.nameMock', { blocks }) : P('rehearsal.name', { name: base.name, extra });
  return { ...base, name, blocks, questionsPerBlock: REHEARSAL.questionsPerBlock, minutesPerBlock: REHEARSAL.minutesPerBlock };
}
const rehearsalMinutes = (e: PracticeExam) => examMinutes(e) + REHEARSAL.breakMinutes + REHEARSAL.tutorialMinutes;

/**
 * One checkpoint a week on days before the taper: the practice-exam weekday when it holds
 * the form, else the longest day that does, else two consecutive days split by section,
 * else the longest day stretched (said plainly). The rehearsal takes the best day 14–21
 * days before the exam or the plan's end. Lead-in weeks hold a mock every few weeks.
 */
function placeCheckpoints(f: Frame, dates: string[], hours: Map<string, number>, taken: ReadonlySet<string>): Map<number, PlacedCheckpoint> {
  const ok = (d: string) => d < f.taperFrom && d <= f.last;
  const weekOf = (d: string) => Math.floor(daysBetween(f.start, d) / 7);
  const blockWeeks = Array.from({ length: f.total - f.leadIn }, (_, i) => f.leadIn + i).filter((w) => dates.slice(w * 7, w * 7 + 7).some(ok));
  const until = f.wall ?? addDays(f.last, 1);
  let rehearsal: string | undefined;
  if (blockWeeks.length >= 3) {
    const window = dates.filter((d) => ok(d) && weekOf(d) >= f.leadIn && daysBetween(d, until) >= REHEARSAL.window.to && daysBetween(d, until) <= REHEARSAL.window.from);
    rehearsal = pickDay(f, window, hours);
  }
  const rw = rehearsal ? weekOf(rehearsal) : -1;
  const before = blockWeeks.filter((w) => rehearsal === undefined || w < rw);
  const after = rehearsal ? blockWeeks.filter((w) => w > rw) : [];
  const exams = checkpointExams(f.a.exam, { before: before.length, after: after.length, rehearsal: !!rehearsal }, taken, f.a.practiceExams?.pool);
  const out = new Map<number, PlacedCheckpoint>();
  before.forEach((w, i) => place(f, out, w, exams.before[i]!, dates, hours, ok));
  after.forEach((w, i) => place(f, out, w, exams.after[i]!, dates, hours, ok));
  if (rehearsal) {
    const e = rehearsalExam(f.a, exams.rehearsal!);
    const need = Math.ceil((rehearsalMinutes(e) + (f.fx.anxietyProtocol ? DAY.expressiveWritingMinutes : 0)) / 15) / 4;
    const h = hours.get(rehearsal)!;
    const assumed = h < need ? P('rehearsal.assumed', { day: weekdayName(weekday(rehearsal)), hours: need, usual: h }) : undefined;
    hours.set(rehearsal, Math.max(h, need));
    out.set(rw, mk(f, e, [rehearsal], [e.blocks], true, assumed));
  }
  for (let w = 0; w < f.leadIn; w += LOAD.leadInCheckpointEvery) place(f, out, w, PRACTICE_EXAM.mock, dates, hours, ok);
  return out;
}

/** The day in `candidates` with the most hours; ties: the practice-exam weekday, then the latest. */
function pickDay(f: Frame, candidates: readonly string[], hours: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const d of candidates) {
    if (!best) best = d;
    const [h, hb] = [hours.get(d)!, hours.get(best)!];
    if (h > hb || (h === hb && (weekday(d) === f.pWeekday || weekday(best) !== f.pWeekday))) best = d;
  }
  return best;
}

function place(f: Frame, out: Map<number, PlacedCheckpoint>, w: number, exam: PracticeExam, dates: string[], hours: Map<string, number>, ok: (d: string) => boolean): void {
  const week = dates.slice(w * 7, w * 7 + 7).filter(ok);
  if (!week.length) return;
  const writing = f.fx.anxietyProtocol ? DAY.expressiveWritingMinutes : 0;
  const need = examMinutes(exam) + writing;
  const fits = (d: string) => hours.get(d)! * 60 >= need;
  const preferred = week.find((d) => weekday(d) === f.pWeekday);
  const one = preferred && fits(preferred) ? preferred : pickDay(f, week.filter(fits), hours);
  if (one) return void out.set(w, mk(f, exam, [one], [exam.blocks], false));
  // Two consecutive days, each holding whole sections (NBME lets a form be resumed by section).
  const sections = (d: string, extra: number) => Math.floor((hours.get(d)! * 60 - extra) / exam.minutesPerBlock);
  for (let i = week.length - 1; i > 0; i--) {
    const [d1, d2] = [week[i - 1]!, week[i]!];
    if (daysBetween(d1, d2) !== 1) continue;
    const s1 = sections(d1, writing);
    const s2 = sections(d2, 0);
    if (s1 >= 1 && s2 >= 1 && s1 + s2 >= exam.blocks) {
      const first = clamp(Math.ceil(exam.blocks / 2), exam.blocks - s2, s1);
      return void out.set(w, mk(f, exam, [d1, d2], [first, exam.blocks - first], false));
    }
  }
  // No day and no pair holds it: the longest day, stretched, and said so. A week whose only
  // days left before the taper are rest days takes no practice exam: rest days stay rest days.
  const d = pickDay(f, week.filter((x) => hours.get(x)! > 0), hours);
  if (!d) return;
  const h = hours.get(d)!;
  const stretched = Math.ceil((need / 60) * 4) / 4;
  hours.set(d, stretched);
  out.set(w, mk(f, exam, [d], [exam.blocks], false, P('checkpointAssumed', { day: weekdayName(weekday(d)), hours: stretched, usual: h })));
}

function mk(f: Frame, exam: PracticeExam, days: string[], blocks: number[], rehearsal: boolean, assumed?: string): PlacedCheckpoint {
  const date = days.at(-1)!;
  const baseline = Math.floor(daysBetween(f.start, date) / 7) === f.leadIn && !rehearsal;
  const checkpoint: Checkpoint = {
    date,
    kind: exam.kind,
    name: exam.name,
    questions: exam.blocks * exam.questionsPerBlock,
    fullLength: exam.blocks * exam.questionsPerBlock >= 160,
    ...(baseline ? { baseline: true } : {}),
    ...(rehearsal ? { rehearsal: true } : {}),
    ...(days.length > 1 ? { days } : {}),
  };
  return { exam, checkpoint, days, blocks, rehearsal, assumed, baseline };
}

/** The week's buffer: the last study day before the checkpoint, in a week with at least three study days. */
function bufferDate(f: Frame, week: readonly string[], hours: Map<string, number>, cpDays: ReadonlySet<string>): string | undefined {
  const study = week.filter((d) => hours.get(d)! > 0 && !cpDays.has(d) && d < f.taperFrom && (!f.wall || d < f.wall));
  if (study.length < 3) return undefined;
  const first = [...cpDays].sort()[0];
  const beforeCp = first ? study.filter((d) => d < first) : [];
  return (beforeCp.length ? beforeCp : study).at(-1);
}

// ---------------------------------------------------------------- days

interface Ctx {
  frame: Frame;
  dx: Diagnosis;
  hours: Map<string, number>;
  /** A checkpoint review still to finish: it rolls into the next days. */
  pending: { name: string; minutes: number } | undefined;
  /** Last focus day of each area, for spaced retrieval. */
  lastFocus: Map<string, string>;
  retrieved: Set<string>;
  method: number;
}

const dayOf = (date: string, kind: Day['kind'], hours: number, focus: string[], tasks: Task[], notes: string[], extra: Partial<Day> = {}): Day =>
  ({ date, weekday: weekdayName(weekday(date)), kind, hours, focus, tasks, notes, ...extra });

function restDay(date: string, note: string): Day {
  return dayOf(date, 'rest', 0, [], [], [note]);
}

function examDay(date: string): Day {
  return dayOf(date, 'exam', 0, [], [], [P('notes.examDay')]);
}

function weekWhy(phase: Phase, f: WeekFocus): string {
  const why = (rs: readonly RankedArea[]) => joinWords(rs.map((r) => `${r.name} (#${r.rank}, ${bandWords(r)})`));
  if (phase.id === 'final') return P('week.final', { primary: names(f.primary) });
  if (phase.id === 'lead-in') return P('week.leadIn', { primary: why(f.primary) });
  return f.secondary.length ? P('week.targeted', { primary: why(f.primary), secondary: why(f.secondary) }) : P('week.noSecondary', { primary: why(f.primary) });
}

function areaWhy(r: RankedArea): string {
  return P('why.area', { name: r.name, rank: r.rank, band: bandWords(r), min: r.weight[0], max: r.weight[1] });
}

function dayNotes(ctx: Ctx): string[] {
  const notes: string[] = [];
  const { fx, a } = ctx.frame;
  if (fx.sleepWindowHours) notes.push(P('notes.sleep', { ...sleepWindow(a.schedule.dayStartsAt, fx.sleepWindowHours), hours: fx.sleepWindowHours }));
  if (fx.exercise) notes.push(P('notes.exercise'));
  return notes;
}

function flashcardMinutes(total: number): number {
  return Math.min(total, clamp(round5(total * DAY.flashcards.share), DAY.flashcards.min, DAY.flashcards.max));
}

/** The part of a pending checkpoint review that fits today (at most half the day). */
function takePending(ctx: Ctx, total: number, tasks: Task[]): number {
  const p = ctx.pending;
  if (!p) return 0;
  let minutes = Math.min(p.minutes, Math.floor((total * DAY.incorrectsReview.maxShare) / 5) * 5);
  if (p.minutes - minutes < DAY.minTaskMinutes) minutes = Math.min(p.minutes, total - DAY.flashcards.min);
  if (minutes < DAY.minTaskMinutes) return 0;
  tasks.push({ type: 'incorrects-review', minutes, text: P('tasks.incorrectsContinue', { exam: p.name }), why: P('why.incorrects') });
  p.minutes -= minutes;
  if (p.minutes < DAY.minTaskMinutes) ctx.pending = undefined;
  return minutes;
}

function reviewRatio(fx: PlanEffects): number {
  return Math.max(DAY.reviewRatio, fx.reviewRatio);
}

function studyDay(ctx: Ctx, date: string, hours: number, phase: Phase, f: WeekFocus, studyIndex: number, week: number): Day {
  const { fx, a } = ctx.frame;
  const total = Math.round(hours * 60);
  const tasks: Task[] = [];
  const primary = f.primary.length ? [f.primary[studyIndex % f.primary.length]!] : [];
  const secondary = f.secondary.length ? [f.secondary[studyIndex % f.secondary.length]!] : [];
  const today = phase.id === 'final' ? f.primary : [...primary, ...secondary];
  let used = takePending(ctx, total, tasks);
  const cards = flashcardMinutes(total - used);
  const breathing = fx.anxietyProtocol && phase.mode !== 'tutor' ? DAY.breathingMinutes : 0;
  const ratio = reviewRatio(fx);
  const perQuestion = DAY.minutesPerQuestion * (1 + ratio);
  const goal = Math.min(phase.questions.max, Math.round((phase.questions.base * hours) / 8 / DAY.questionStep) * DAY.questionStep);
  const fit = Math.floor((total - used - cards - breathing) / perQuestion / DAY.questionStep) * DAY.questionStep;
  const count = Math.max(0, Math.min(goal, fit));
  if (count > 0) {
    if (breathing) tasks.push({ type: 'breathing', minutes: breathing, text: P('tasks.breathing') });
    const focused = Math.round(count / 2 / DAY.questionStep) * DAY.questionStep;
    let q = P(`tasks.questions.${phase.mode}`, { count, areas: names(today), focused, random: count - focused });
    // Graduated exposure (Huntley et al. 2019): one timed block, then two back to back, then the day's questions in one sitting.
    if (fx.anxietyProtocol && phase.mode !== 'tutor') {
      const blocks = Math.min(DAY.exposureLadder[week - ctx.frame.leadIn] ?? Infinity, Math.ceil(count / 40));
      q += P('tasks.ladder', { blocks: blocks === 1 ? 'one block' : `${blocks} blocks` });
    }
    if (fx.pacingDrills && phase.mode !== 'tutor') q += P('tasks.pacing', { seconds: secondsPerQuestion(a.exam) });
    const answer = Math.round(count * DAY.minutesPerQuestion);
    const review = Math.max(answer, Math.round(answer * ratio));
    tasks.push({ type: 'questions', minutes: answer, questions: count, text: q, areas: phase.mode === 'timed-random' ? [] : today.map((r) => r.slug), why: today[0] ? areaWhy(today[0]) : undefined });
    tasks.push({ type: 'explanations', minutes: review, questions: count, text: P('tasks.explanations', { count }) });
    used += breathing + answer + review;
  }
  used += retrievalBlock(ctx, date, total - used - cards, today, tasks);
  const content = total - used - cards;
  if (content >= DAY.minTaskMinutes) {
    const method = P(`methods.${CONTENT_METHODS[ctx.method++ % CONTENT_METHODS.length]}`);
    const key = phase.id === 'final' ? 'tasks.contentFinal' : 'tasks.content';
    tasks.push({ type: 'content', minutes: content, text: P(key, { areas: names(today) || 'all subjects', method }), areas: today.map((r) => r.slug), why: today[0] ? areaWhy(today[0]) : undefined });
    used += content;
  }
  tasks.push({ type: 'flashcards', minutes: total - used, text: P('tasks.flashcards'), why: P('why.spacing') });
  if (phase.id !== 'final') for (const r of today) ctx.lastFocus.set(r.slug, date);
  const notes = dayNotes(ctx);
  if (fx.pacingDrills && count > 0) notes.push(P('notes.pacing'));
  return dayOf(date, 'study', hours, today.map((r) => r.slug), noFiller(tasks), notes);
}

/** About a week after an area's last focus day, a timed block on it from the question bank's subject filter. */
function retrievalBlock(ctx: Ctx, date: string, room: number, today: readonly RankedArea[], tasks: Task[]): number {
  const n = DAY.retrieval.questions;
  const minutes = Math.round(n * DAY.minutesPerQuestion) * 2;
  if (room - minutes < 0) return 0;
  for (const r of ctx.dx.weakAreas) {
    const lastDay = ctx.lastFocus.get(r.slug);
    if (!lastDay || today.some((t) => t.slug === r.slug) || ctx.retrieved.has(`${r.slug}@${lastDay}`)) continue;
    const gap = daysBetween(lastDay, date);
    if (!DAY.retrieval.afterDays.includes(gap)) continue;
    ctx.retrieved.add(`${r.slug}@${lastDay}`);
    tasks.push({ type: 'questions', minutes: minutes / 2, questions: n, text: P('tasks.retrieval', { count: n, area: r.name, days: gap }), areas: [r.slug], why: P('why.retrieval') });
    tasks.push({ type: 'explanations', minutes: minutes / 2, questions: n, text: P('tasks.explanations', { count: n }) });
    return minutes;
  }
  return 0;
}

/** Folds any task under the minimum (except the named drills) into the day's largest flexible task. */
function noFiller(tasks: Task[]): Task[] {
  const drills = new Set<Task['type']>(['breathing', 'expressive-writing']);
  const out = tasks.filter((t) => drills.has(t.type) || t.minutes >= DAY.minTaskMinutes);
  const spare = tasks.filter((t) => !out.includes(t)).reduce((n, t) => n + t.minutes, 0);
  if (spare) {
    const host = [...out].filter((t) => t.type === 'content' || t.type === 'flashcards' || t.type === 'catch-up').sort((x, y) => y.minutes - x.minutes)[0] ?? out.find((t) => !drills.has(t.type));
    if (host) host.minutes += spare;
    else return tasks;
  }
  return out;
}

function bufferDay(ctx: Ctx, date: string, hours: number, f: WeekFocus, fullWeek: boolean): Day {
  // A week without a rest day (asked for) gets a lighter buffer in its place.
  const h = fullWeek || ctx.frame.fx.halfBuffer ? Math.max(1, quarter(hours / 2)) : hours;
  const total = Math.round(Math.min(h, hours) * 60);
  const tasks: Task[] = [];
  let used = takePending(ctx, total, tasks);
  const cards = flashcardMinutes(total - used);
  const catchUp = total - used - cards;
  if (catchUp >= DAY.minTaskMinutes) tasks.push({ type: 'catch-up', minutes: catchUp, text: P('tasks.catchUp', { areas: names(f.primary) || 'all subjects' }), why: P('why.buffer') });
  else used -= catchUp;
  used += Math.max(0, catchUp);
  tasks.push({ type: 'flashcards', minutes: total - used, text: P('tasks.flashcards'), why: P('why.spacing') });
  const notes = dayNotes(ctx);
  if (fullWeek) notes.push(P('notes.noRestWeek'));
  return dayOf(date, 'buffer', total / 60, f.primary.map((r) => r.slug), noFiller(tasks), notes);
}

function checkpointDay(ctx: Ctx, date: string, cp: PlacedCheckpoint): Day {
  const { fx } = ctx.frame;
  const hours = ctx.hours.get(date)!;
  const part = cp.days.indexOf(date);
  const tasks: Task[] = [];
  const writing = fx.anxietyProtocol && part === 0 ? DAY.expressiveWritingMinutes : 0;
  if (writing) tasks.push({ type: 'expressive-writing', minutes: writing, text: P('tasks.writing') });
  const e = cp.exam;
  const blocks = cp.blocks[part]!;
  const before = cp.blocks.slice(0, part).reduce((n, b) => n + b, 0);
  const answering = blocks * e.minutesPerBlock + (cp.rehearsal ? REHEARSAL.breakMinutes + REHEARSAL.tutorialMinutes : 0);
  let label: string;
  if (cp.rehearsal) label = P('tasks.practiceExam.rehearsal', { name: e.name, blocks: e.blocks, perBlock: e.questionsPerBlock, breaks: REHEARSAL.breakMinutes, tutorial: REHEARSAL.tutorialMinutes });
  else if (cp.days.length > 1 && blocks === 1) label = P('tasks.practiceExam.splitOne', { name: e.name, section: before + 1, total: e.blocks, part: part + 1, other: formatLong(cp.days[1 - part]!) });
  else if (cp.days.length > 1) label = P('tasks.practiceExam.split', { name: e.name, from: before + 1, to: before + blocks, total: e.blocks, part: part + 1, other: formatLong(cp.days[1 - part]!) });
  else label = P('tasks.practiceExam.full', { name: e.name, blocks: e.blocks, perBlock: e.questionsPerBlock });
  if (cp.baseline && part === cp.days.length - 1) label = P('tasks.practiceExam.baseline', { label, ladder: fx.anxietyProtocol ? P('tasks.practiceExam.baselineLadder') : '' });
  tasks.push({ type: 'practice-exam', minutes: answering, questions: blocks * e.questionsPerBlock, text: label, why: cp.rehearsal ? P('why.rehearsal') : P('why.checkpoint') });
  let total = writing + answering;
  const notes = dayNotes(ctx);
  if (cp.assumed) notes.unshift(cp.assumed);
  if (cp.rehearsal) notes.unshift(P('notes.rehearsal'));
  if (part === cp.days.length - 1) {
    // The review, sized to the missed and guessed questions, starts today if there is room and rolls on.
    const perQ = e.minutesPerBlock / e.questionsPerBlock;
    const review = round5(e.blocks * e.questionsPerBlock * CHECKPOINT_REVIEW.missedOrGuessedShare * perQ * CHECKPOINT_REVIEW.ratio);
    const room = Math.floor((Math.round(hours * 60) - total) / 15) * 15;
    const todayPart = room >= DAY.minTaskMinutes ? Math.min(room, review) : 0;
    // The day ends on a quarter hour: today's share of the review is trimmed to fit.
    let now = Math.max(0, Math.floor((total + todayPart) / 15) * 15 - total);
    if (now < DAY.minTaskMinutes) now = 0;
    const rest = review - now < DAY.minTaskMinutes ? 0 : review - now;
    if (now >= DAY.minTaskMinutes) tasks.push({ type: 'incorrects-review', minutes: now, text: P('tasks.incorrects', { exam: e.name, minutes: review }), why: P('why.incorrects') });
    total += now >= DAY.minTaskMinutes ? now : 0;
    ctx.pending = rest ? { name: e.name, minutes: rest } : undefined;
  }
  // Exams run in quarter hours; the worry-writing drill takes up the odd minutes so the day does too.
  const odd = (15 - (total % 15)) % 15;
  if (odd && writing) {
    tasks[0]!.minutes += odd;
    total += odd;
  }
  return dayOf(date, 'checkpoint', total / 60, [], tasks, notes, cp.assumed ? { assumed: cp.assumed } : {});
}

/** The last days: a short mixed block, the tally of misses, cards, and sleep. */
function taperDay(ctx: Ctx, date: string, dayHours: number): Day {
  const lastDay = date === ctx.frame.last;
  // The eve of the exam: an hour at most.
  const hours = lastDay ? Math.min(dayHours, 1) : dayHours;
  const total = Math.round(hours * 60);
  const tasks: Task[] = [];
  let used = 0;
  const tally = Math.min(TAPER.tallyMinutes, total);
  if (!lastDay) {
    const ratio = reviewRatio(ctx.frame.fx);
    const count = Math.min(TAPER.questions, Math.floor((total - tally - DAY.flashcards.min) / (DAY.minutesPerQuestion * (1 + ratio)) / DAY.questionStep) * DAY.questionStep);
    if (count > 0) {
      const answer = Math.round(count * DAY.minutesPerQuestion);
      const review = Math.max(answer, Math.round(answer * ratio));
      tasks.push({ type: 'questions', minutes: answer, questions: count, text: P('tasks.questions.timed-random', { count }), areas: [] });
      tasks.push({ type: 'explanations', minutes: review, questions: count, text: P('tasks.explanations', { count }) });
      used += answer + review;
    }
  }
  if (total - used >= tally) {
    tasks.push({ type: 'incorrects-review', minutes: tally, text: P('tasks.tally'), why: P('why.taper') });
    used += tally;
  }
  const cards = Math.min(total - used, lastDay ? total - used : DAY.flashcards.max / 2);
  if (total - used - cards >= DAY.minTaskMinutes) {
    tasks.push({ type: 'content', minutes: total - used - cards, text: P('tasks.taperReview'), areas: [] });
    used = total - cards;
  }
  if (total - used > 0) tasks.push({ type: 'flashcards', minutes: total - used, text: P('tasks.flashcardsLight'), why: P('why.spacing') });
  const notes = [P(ctx.frame.wall ? 'notes.taper' : 'notes.taperEnd'), P('notes.sleepProtected'), ...dayNotes(ctx)];
  if (lastDay && ctx.frame.wall) notes.push(P('notes.eve'));
  ctx.pending = undefined;
  return dayOf(date, 'study', hours, [], noFiller(tasks), notes, { taper: true });
}

/** Dates of the checkpoints in `weeks` (the readiness verdict counts those still ahead). */
export function checkpointDates(weeks: readonly Week[]): string[] {
  return weeks.flatMap((w) => (w.checkpoint ? [w.checkpoint.date] : []));
}

export function gateText(a: Answers, today: string, consecutive: number): string {
  const g = readinessGate(a.exam, today);
  return P('readiness.gate', { gate: consecutive === g.consecutive ? g.text : `${g.text} (${consecutive} in a row, as this is your last allowed attempt)` });
}
