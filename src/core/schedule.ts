// The schedule builder: a pure function of (answers, diagnosis, today) to dated weeks.
// Every study day's task minutes add up to exactly the day's hours.
import { readinessGate, secondsPerQuestion } from '../content/exams.js';
import {
  CHECKPOINTS,
  examKey,
  DAY,
  FINAL_WEEKS,
  FIRST_PASS_WEEKS,
  FOUNDATION_WEEKS,
  PHASES,
  WEEK_LAYOUT,
  type Phase,
  type PracticeExam,
} from '../content/schedule.js';
import { joinWords, text } from '../content/texts.js';
import { addDays, weekdayName, weekday } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Checkpoint, Day, RankedArea, Task, Week } from '../schema/plan.js';
import type { Diagnosis, PlanEffects } from './diagnose.js';
import { assignFocus, finalFocus, type WeekFocus } from './focus.js';
import { bandWords } from './rank.js';
import { sleepWindow } from './guidance.js';

const P = (key: string, vars?: Record<string, string | number>) => text('plan', key, vars);
const names = (rs: readonly RankedArea[]) => joinWords(rs.map((r) => r.name));
const round5 = (n: number) => Math.round(n / 5) * 5;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function phaseOf(week: number, total: number, foundations: boolean): Phase {
  if (week >= total - FINAL_WEEKS) return PHASES.final;
  const offset = foundations ? FOUNDATION_WEEKS : 0;
  if (week < offset) return PHASES.foundations;
  return week < offset + FIRST_PASS_WEEKS ? PHASES['first-pass'] : PHASES.deepen;
}

/**
 * One practice exam per week: Free 120 in the last week, UWSA 2 the week before, UWSA 1
 * four weeks from the end; the other weeks take the newest forms in ascending order (the
 * most representative come last), with question-bank mock exams first when forms run out.
 * Forms the student has already taken are not planned again.
 */
export function checkpointExams(a: Answers, weeks: number, taken: ReadonlySet<string> = new Set()): PracticeExam[] {
  const c = CHECKPOINTS[a.exam];
  const fresh = (e: PracticeExam) => e.kind === 'other' || !taken.has(examKey(e.kind, e.form));
  const out: (PracticeExam | undefined)[] = Array.from({ length: weeks });
  c.late.forEach((e, i) => {
    const at = weeks - c.late.length + i;
    if (at >= 0 && fresh(e)) out[at] = e;
  });
  if (weeks >= 5 && fresh(c.midpoint)) out[weeks - 4] = c.midpoint;
  const free = out.filter((e) => !e).length;
  const unused = c.forms.filter(fresh);
  const forms = unused.slice(Math.max(0, unused.length - free));
  const fill = [...Array.from({ length: free - forms.length }, () => c.fallback), ...forms];
  return out.map((e) => e ?? fill.shift()!);
}

/** The practice-exam day of week `w` (0-based): a fixed weekday, never a rest day. */
export function checkpointDate(start: string, w: number): string {
  return addDays(start, w * 7 + WEEK_LAYOUT.checkpointIndex);
}

export interface WeekOptions {
  /** First week to output (0-based); earlier weeks are history. */
  fromWeek?: number;
  /** examKey()s of practice exams already taken. */
  taken?: ReadonlySet<string>;
  /** Days whose study load is halved (taper before the exam). */
  taper?: ReadonlySet<string>;
}

export function buildWeeks(a: Answers, dx: Diagnosis, opts: WeekOptions = {}): Week[] {
  const total = dx.timeline.planWeeks;
  const fx = dx.effects;
  const targeted = total - FINAL_WEEKS;
  const from = Math.min(Math.max(0, opts.fromWeek ?? 0), total - 1);
  // Focus is assigned afresh over the targeted weeks still ahead, from the current ranking.
  const focus = assignFocus(dx.weakAreas, targeted - from);
  const final = finalFocus(dx.weakAreas);
  const exams = checkpointExams(a, total, opts.taken);
  const { restDays, dayHours } = effectiveWeek(a, fx);
  const ctx: DayCtx = { a, fx, dayHours, lastFocus: new Map(), pendingIncorrects: undefined, taper: opts.taper ?? new Set() };
  const weeks: Week[] = [];
  for (let w = from; w < total; w++) {
    const start = addDays(a.schedule.start, w * 7);
    const phase = phaseOf(w, total, fx.foundations);
    const f: WeekFocus = w < targeted ? focus[w - from]! : final;
    const exam = exams[w]!;
    const days: Day[] = [];
    let checkpoint: Checkpoint | undefined;
    let studyIndex = 0;
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, d);
      const kind = WEEK_LAYOUT.restOrder.slice(0, restDays).includes(d)
        ? 'rest'
        : d === WEEK_LAYOUT.checkpointIndex
          ? 'checkpoint'
          : d === WEEK_LAYOUT.bufferIndex
            ? 'buffer'
            : 'study';
      let day: Day;
      if (kind === 'rest') day = restDay(date);
      else if (kind === 'checkpoint') {
        const built = checkpointDay(ctx, date, exam);
        day = built.day;
        checkpoint = built.checkpoint;
      } else if (kind === 'buffer') day = bufferDay(ctx, date, f);
      else day = studyDay(ctx, date, phase, f, studyIndex++, w);
      days.push(day);
    }
    weeks.push({
      week: w + 1,
      start,
      end: addDays(start, 6),
      phase: { id: phase.id, name: phase.name },
      focus: { primary: f.primary.map((r) => r.slug), secondary: f.secondary.map((r) => r.slug) },
      why: weekWhy(phase, f),
      checkpoint: checkpoint!,
      days,
    });
  }
  return weeks;
}

/** Rest days and day length after the findings' limits (burnout). */
export function effectiveWeek(a: Answers, fx: PlanEffects): { restDays: number; dayHours: number } {
  return { restDays: Math.max(a.schedule.daysOffPerWeek ?? 1, fx.minRestDays), dayHours: Math.min(a.schedule.hoursPerDay, fx.capHours ?? Infinity) };
}

interface DayCtx {
  a: Answers;
  fx: PlanEffects;
  dayHours: number;
  /** Date each area was last a day's focus, for spaced review. */
  lastFocus: Map<string, string[]>;
  /** The checkpoint whose incorrects are still to be reviewed. */
  pendingIncorrects: string | undefined;
  taper: ReadonlySet<string>;
}

/** Half a day's hours, to a quarter hour, at least one. */
const halfDay = (hours: number): number => Math.max(1, Math.round(hours * 2) / 4);

/** Hours for a day: halved on taper days before the exam. */
function hoursOn(ctx: DayCtx, date: string, hours: number): number {
  return ctx.taper.has(date) ? halfDay(hours) : hours;
}

function weekWhy(phase: Phase, f: WeekFocus): string {
  const why = (rs: readonly RankedArea[]) => joinWords(rs.map((r) => `${r.name} (#${r.rank}, ${bandWords(r)})`));
  if (phase.id === 'final') return P('week.final', { primary: names(f.primary) });
  return f.secondary.length ? P('week.targeted', { primary: why(f.primary), secondary: why(f.secondary) }) : P('week.noSecondary', { primary: why(f.primary) });
}

function areaWhy(r: RankedArea): string {
  return P('why.area', { name: r.name, rank: r.rank, band: bandWords(r), min: r.weight[0], max: r.weight[1] });
}

function restDay(date: string): Day {
  return { date, weekday: weekdayName(weekday(date)), kind: 'rest', hours: 0, focus: [], tasks: [], notes: [P('notes.rest')] };
}

function dayNotes(ctx: DayCtx): string[] {
  const notes: string[] = [];
  const { fx, a } = ctx;
  if (fx.sleepWindowHours) notes.push(P('notes.sleep', { ...sleepWindow(a.schedule.dayStartsAt, fx.sleepWindowHours), hours: fx.sleepWindowHours }));
  if (fx.exercise) notes.push(P('notes.exercise'));
  return notes;
}

function flashcardMinutes(total: number): number {
  return clamp(round5(total * DAY.flashcards.share), DAY.flashcards.min, DAY.flashcards.max);
}

function takeIncorrects(ctx: DayCtx, total: number, tasks: Task[]): number {
  if (!ctx.pendingIncorrects) return 0;
  const minutes = Math.min(clamp(round5(total * DAY.incorrectsReview.share), DAY.incorrectsReview.min, DAY.incorrectsReview.max), Math.floor(total / 3));
  tasks.push({ type: 'incorrects-review', minutes, text: P('tasks.incorrects', { exam: ctx.pendingIncorrects }), why: P('why.incorrects') });
  ctx.pendingIncorrects = undefined;
  return minutes;
}

function studyDay(ctx: DayCtx, date: string, phase: Phase, f: WeekFocus, studyIndex: number, week: number): Day {
  const { a, fx } = ctx;
  const hours = hoursOn(ctx, date, ctx.dayHours);
  const total = Math.round(hours * 60);
  const tasks: Task[] = [];
  const primary = f.primary.length ? [f.primary[studyIndex % f.primary.length]!] : [];
  const secondary = f.secondary.length ? [f.secondary[studyIndex % f.secondary.length]!] : [];
  const today = phase.id === 'final' ? f.primary : [...primary, ...secondary];
  let used = takeIncorrects(ctx, total, tasks);
  const cards = flashcardMinutes(total);
  const breathing = fx.anxietyProtocol ? DAY.breathingMinutes : 0;
  // Questions: the phase's goal scaled to the day's hours, limited by the time left.
  const perQuestion = DAY.minutesPerQuestion * (1 + fx.reviewRatio);
  const goal = Math.min(phase.questions.max, Math.round((phase.questions.base * hours) / 8 / DAY.questionStep) * DAY.questionStep);
  const fit = Math.floor((total - used - cards - breathing) / perQuestion / DAY.questionStep) * DAY.questionStep;
  const count = Math.max(0, Math.min(goal, fit));
  if (count > 0) {
    if (breathing) tasks.push({ type: 'breathing', minutes: breathing, text: P('tasks.breathing') });
    const areas = today.map((r) => r.name);
    const focused = Math.round(count / 2 / DAY.questionStep) * DAY.questionStep;
    let q = P(`tasks.questions.${phase.mode}`, { count, areas: joinWords(areas), focused, random: count - focused });
    // Graduated exposure (Huntley et al. 2019): one timed block, then two back to back, then the day's questions in one sitting.
    if (fx.anxietyProtocol && phase.mode !== 'tutor') {
      const blocks = Math.min(DAY.exposureLadder[week] ?? Infinity, Math.ceil(count / 40));
      q += P('tasks.ladder', { blocks: blocks === 1 ? 'one block' : `${blocks} blocks` });
    }
    if (fx.pacingDrills && phase.mode !== 'tutor') q += P('tasks.pacing', { seconds: secondsPerQuestion(a.exam) });
    // count is a multiple of 10, so answering minutes are whole; review is never shorter than answering.
    const answer = Math.round(count * DAY.minutesPerQuestion);
    const review = Math.max(answer, Math.floor(count * DAY.minutesPerQuestion * fx.reviewRatio));
    tasks.push({ type: 'questions', minutes: answer, questions: count, text: q, areas: phase.mode === 'timed-random' ? [] : today.map((r) => r.slug), why: today[0] ? areaWhy(today[0]) : undefined });
    tasks.push({ type: 'explanations', minutes: review, questions: count, text: P('tasks.explanations', { count }) });
    used += breathing + answer + review;
  }
  const revisit = spacedAreas(ctx, date);
  const content = total - used - cards;
  if (content > 0) {
    const key = phase.id === 'final' ? 'tasks.contentFinal' : 'tasks.content';
    tasks.push({ type: 'content', minutes: content, text: P(key, { areas: names(today) || 'all subjects' }), areas: today.map((r) => r.slug), why: today[0] ? areaWhy(today[0]) : undefined });
  }
  tasks.push({
    type: 'flashcards',
    minutes: total - used - Math.max(0, content),
    text: revisit.length ? P('tasks.flashcardsRevisit', { areas: joinWords(revisit) }) : P('tasks.flashcards'),
    why: P('why.spacing'),
  });
  for (const r of today) ctx.lastFocus.set(r.slug, [...(ctx.lastFocus.get(r.slug) ?? []), date]);
  ctx.lastFocus.set(`#name:${date}`, today.map((r) => r.name));
  const notes = dayNotes(ctx);
  if (fx.pacingDrills && count > 0) notes.push(P('notes.pacing'));
  if (ctx.taper.has(date)) notes.push(P('notes.taper'));
  return { date, weekday: weekdayName(weekday(date)), kind: 'study', hours, focus: today.map((r) => r.slug), tasks, notes };
}

/** Names of areas that were a focus 1, 3 or 7 days before `date`. */
function spacedAreas(ctx: DayCtx, date: string): string[] {
  const out: string[] = [];
  for (const gap of DAY.spacingDays) {
    for (const n of ctx.lastFocus.get(`#name:${addDays(date, -gap)}`) ?? []) if (!out.includes(n)) out.push(n);
  }
  return out;
}

function bufferDay(ctx: DayCtx, date: string, f: WeekFocus): Day {
  const hours = hoursOn(ctx, date, ctx.fx.halfBuffer ? halfDay(ctx.dayHours) : ctx.dayHours);
  const total = Math.round(hours * 60);
  const tasks: Task[] = [];
  let used = takeIncorrects(ctx, total, tasks);
  const cards = flashcardMinutes(total);
  const catchUp = Math.max(0, round5((total - used - cards) * 0.6));
  if (catchUp > 0) tasks.push({ type: 'catch-up', minutes: catchUp, text: P('tasks.catchUp'), why: P('why.buffer') });
  used += catchUp;
  const light = total - used - cards;
  if (light > 0) tasks.push({ type: 'content', minutes: light, text: P('tasks.bufferReview', { areas: names(f.primary) || 'all subjects' }), areas: f.primary.map((r) => r.slug) });
  tasks.push({ type: 'flashcards', minutes: total - used - Math.max(0, light), text: P('tasks.flashcards'), why: P('why.spacing') });
  return { date, weekday: weekdayName(weekday(date)), kind: 'buffer', hours, focus: f.primary.map((r) => r.slug), tasks, notes: dayNotes(ctx) };
}

function checkpointDay(ctx: DayCtx, date: string, exam: PracticeExam): { day: Day; checkpoint: Checkpoint } {
  const total = Math.round(ctx.dayHours * 60);
  const tasks: Task[] = [];
  const writing = ctx.fx.anxietyProtocol ? DAY.expressiveWritingMinutes : 0;
  if (writing) tasks.push({ type: 'expressive-writing', minutes: writing, text: P('tasks.writing') });
  const available = total - writing;
  const fullMinutes = exam.blocks * exam.minutesPerBlock;
  let questions: number;
  let minutes: number;
  let label: string;
  if (fullMinutes <= available) {
    questions = exam.blocks * exam.questionsPerBlock;
    minutes = fullMinutes;
    label = P('tasks.practiceExam.full', { name: exam.name, blocks: exam.blocks, perBlock: exam.questionsPerBlock });
  } else if (available >= exam.minutesPerBlock) {
    const blocks = Math.floor(available / exam.minutesPerBlock);
    questions = blocks * exam.questionsPerBlock;
    minutes = blocks * exam.minutesPerBlock;
    label = P('tasks.practiceExam.partial', { name: exam.name, blocks, total: exam.blocks, hours: ctx.dayHours });
  } else {
    const perQ = exam.minutesPerBlock / exam.questionsPerBlock;
    questions = Math.max(1, Math.floor(available / perQ / DAY.questionStep) * DAY.questionStep);
    minutes = Math.min(available, Math.ceil(questions * perQ));
    label = P('tasks.practiceExam.questions', { name: exam.name, questions, hours: ctx.dayHours });
  }
  tasks.push({ type: 'practice-exam', minutes, questions, text: label, why: P('why.checkpoint') });
  const rest = available - minutes;
  if (rest > 0) tasks.push({ type: 'incorrects-review', minutes: rest, text: P('tasks.incorrects', { exam: exam.name }), why: P('why.incorrects') });
  ctx.pendingIncorrects = exam.name;
  const checkpoint: Checkpoint = { date, kind: exam.kind, name: exam.name, questions, fullLength: fullMinutes <= available };
  return { day: { date, weekday: weekdayName(weekday(date)), kind: 'checkpoint', hours: ctx.dayHours, focus: [], tasks, notes: dayNotes(ctx) }, checkpoint };
}

export function gateText(a: Answers, today: string, consecutive: number): string {
  const g = readinessGate(a.exam, today);
  return P('readiness.gate', { gate: consecutive === g.consecutive ? g.text : `${g.text} (${consecutive} in a row, as this is your last allowed attempt)` });
}
