// Where each week's practice exam and the one test-day rehearsal go, decided before any day
// is filled. Placement returns the days' adjusted hours instead of changing the caller's map.
import { LOAD } from '../content/load.js';
import { CHECKPOINT_REVIEW, CHECKPOINT_SPACING, CHECKPOINTS, DAY, PRACTICE_EXAM, REHEARSAL, SPLIT, WEEK_LAYOUT, examKey, type PracticeExam } from '../content/schedule.js';
import { addDays, daysBetween, weekday, weekdayName } from '../lib/dates.js';
import type { Answers } from '../schema/answers.js';
import type { Checkpoint } from '../schema/plan.js';
import { weeklyHours } from './availability.js';
import { checkpointExams, formPool, satExam } from './forms.js';
import { hoursOn, phaseAt, planText as P, quarter, weekOf, type Frame } from './frame.js';

export interface PlacedCheckpoint {
  exam: PracticeExam;
  checkpoint: Checkpoint;
  /** Dates and the sections each holds. */
  days: string[];
  blocks: number[];
  rehearsal: boolean;
  /** What the placement assumes beyond the student's usual hours, said on each of its days. */
  assumed?: string;
  baseline: boolean;
}

export interface Placement {
  /** Checkpoints by plan week (0-based). */
  checkpoints: Map<number, PlacedCheckpoint>;
  /** Every day's hours after placement: stretched for an exam (its note says so) or lightened before the rehearsal. */
  hours: Map<string, number>;
  /** Notes for days the placement changed besides the exam days (the light day before the rehearsal). */
  notes: Map<string, string>;
  /** Weeks between checkpoints (checkpointEvery): every 1 unless the student's weeks are short. */
  spacing: Spacing;
  /** The week of the baseline (firstCheckpointWeek), and whether it left a lighter week for it. */
  baseline: Baseline;
}

const examMinutes = (exam: PracticeExam) => exam.blocks * exam.minutesPerBlock;
/** The form the plan sizes checkpoints by: the first of the student's pool, or the mock standing in. */
const typicalForm = (frame: Pick<Frame, 'answers'>) => formPool(frame.answers.exam, frame.answers.practiceExams?.pool)[0] ?? CHECKPOINTS[frame.answers.exam].fallback;

/** A checkpoint's review, sized to its missed and guessed questions (CHECKPOINT_REVIEW), in minutes. */
export function checkpointReviewMinutes(exam: PracticeExam): number {
  const perQuestion = exam.minutesPerBlock / exam.questionsPerBlock;
  return Math.round((exam.blocks * exam.questionsPerBlock * CHECKPOINT_REVIEW.missedOrGuessedShare * perQuestion * CHECKPOINT_REVIEW.ratio) / 5) * 5;
}

/**
 * Weeks from one checkpoint to the next: 1, unless one numbered form (or the mock standing in)
 * and its review would take more than CHECKPOINT_SPACING.maxShare of the student's usual week;
 * then as many weeks as keep them to that share on average, at most `maxEvery`.
 */
export function checkpointEvery(frame: Pick<Frame, 'answers' | 'load'>): Spacing {
  const weekly = frame.load.weekly.reduce((n, h) => n + h, 0) * 60;
  const form = typicalForm(frame);
  const cost = examMinutes(form) + checkpointReviewMinutes(form);
  const every = weekly <= 0 ? 1 : Math.min(CHECKPOINT_SPACING.maxEvery, Math.max(1, Math.ceil(cost / (CHECKPOINT_SPACING.maxShare * weekly))));
  return { every, weeklyMinutes: weekly, costMinutes: cost };
}

export interface Spacing {
  every: number;
  /** The student's usual week of study, and one checkpoint with its review, in minutes. */
  weeklyMinutes: number;
  costMinutes: number;
}

/**
 * The block weeks that hold a checkpoint, every `every` weeks from the first block week (so the
 * cadence stays put when the plan is regenerated mid-way): the rehearsal's week and any week in
 * which a practice exam was logged always hold one, and the cadence restarts from them; a
 * planned week closer than `every` weeks before one of them gives way to it, unless that would leave
 * more than `maxEvery` weeks between checkpoints (the first never does: it is the baseline).
 */
export function cadenceWeeks(blockWeeks: readonly number[], every: number, fixed: ReadonlySet<number>, rehearsalWeek: number): number[] {
  const anchors = new Set([...fixed, rehearsalWeek]);
  const out: number[] = [];
  // Giving way never leaves more than maxEvery weeks between two checkpoints.
  const crowds = (w: number) => out.length > 0 && [...anchors].some((a) => a > w && a - w < every && a - out.at(-1)! <= CHECKPOINT_SPACING.maxEvery);
  let next = -Infinity;
  for (const w of blockWeeks) {
    if (anchors.has(w) || (w >= next && !crowds(w))) {
      out.push(w);
      next = w + every;
    }
  }
  return out;
}

const toHours = (minutes: number) => Math.ceil(minutes / 15) / 4;
const dayName = (date: string) => weekdayName(weekday(date));

function rehearsalExam(answers: Answers, base: PracticeExam): PracticeExam {
  const blocks = REHEARSAL.blocks[answers.exam];
  const extra = blocks - (base.kind === 'other' ? 0 : base.blocks);
  const name = base.kind === 'other' ? P('rehearsal.nameMock', { blocks }) : P('rehearsal.name', { name: base.name, extra });
  return { ...base, name, blocks, questionsPerBlock: REHEARSAL.questionsPerBlock, minutesPerBlock: REHEARSAL.minutesPerBlock };
}

/** A practice exam the student logged: the week it falls in has had its checkpoint. */
export interface SatEntry {
  date: string;
  kind: PracticeExam['kind'];
  form?: string;
}

/**
 * One checkpoint a week on days before the taper: the practice-exam weekday when it holds the
 * form, else the longest day that does, else the form's sections over consecutive study days,
 * else the longest day stretched (said plainly). The rehearsal takes a day 14–21 days before
 * the exam or the plan's end (rehearsalDay). Lead-in weeks hold a mock every few weeks.
 * A week in which the student already logged a practice exam (`sat`, up to today) has that
 * exam as its checkpoint, where it was sat: the review after it names the form sat, and the
 * forms still unused go to the other weeks.
 */
export function placeCheckpoints(frame: Frame, dates: readonly string[], baseHours: ReadonlyMap<string, number>, taken: ReadonlySet<string>, fromWeek = 0, sat: readonly SatEntry[] = [], held: ReadonlyMap<string, string> = new Map()): Placement {
  const hours = new Map(baseHours);
  const notes = new Map<string, string>();
  const out = new Map<number, PlacedCheckpoint>();
  const usable = (d: string) => d < frame.taperFrom && d <= frame.last;
  const writing = frame.effects.worryWriting ? DAY.expressiveWritingMinutes : 0;
  // A week with a single day left before the taper takes no practice exam: it would stack on the
  // previous week's and leave no time to review it before the last light days.
  const baseline = firstCheckpointWeek(frame);
  const first = baseline.week;
  // Foundation weeks (content first, for a student far from passing) hold the baseline only:
  // their hours go to rebuilding content, and a score taken before it is rebuilt would only repeat the baseline.
  const foundation = (w: number) => w !== first && phaseAt(w, frame.total, frame.leadIn, frame.effects).id === 'foundations';
  const allBlockWeeks = Array.from({ length: Math.max(0, frame.total - first) }, (_, i) => first + i).filter((w) => !foundation(w) && dates.slice(w * 7, w * 7 + 7).filter(usable).length >= 2);
  const blockWeeks = allBlockWeeks.filter((w) => w >= fromWeek);
  const until = frame.wall ?? addDays(frame.last, 1);
  let rehearsal: RehearsalDay | undefined;
  if (blockWeeks.length >= 3) {
    const window = dates.filter((d) => usable(d) && weekOf(frame, d) >= first && daysBetween(d, until) >= REHEARSAL.window.to && daysBetween(d, until) <= REHEARSAL.window.from);
    const need = REHEARSAL.blocks[frame.answers.exam] * REHEARSAL.minutesPerBlock + REHEARSAL.breakMinutes + REHEARSAL.tutorialMinutes + writing;
    rehearsal = rehearsalDay(frame, window, hours, toHours(need));
  }
  const rehearsalWeek = rehearsal ? weekOf(frame, rehearsal.date) : -1;
  const satIn = new Map<number, SatEntry>();
  for (const e of [...sat].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
    const w = dates.indexOf(e.date) < 0 ? -1 : Math.floor(dates.indexOf(e.date) / 7);
    if (blockWeeks.includes(w) && w !== rehearsalWeek && !satIn.has(w)) satIn.set(w, e);
  }
  // Short weeks space the checkpoints (checkpointEvery); the cadence runs over the whole block.
  const spacing = checkpointEvery(frame);
  const onCadence = new Set(cadenceWeeks(allBlockWeeks, spacing.every, new Set(satIn.keys()), rehearsalWeek));
  const open = blockWeeks.filter((w) => !satIn.has(w) && onCadence.has(w));
  const before = open.filter((w) => !rehearsal || w < rehearsalWeek);
  const after = rehearsal ? open.filter((w) => w > rehearsalWeek) : [];
  // Forms the plan in force gave to a week still ahead stay on it (students buy forms in
  // advance): unless taken, no longer in the pool, or the week no longer holds a checkpoint.
  const pinned = heldForms(frame, dates, open.filter((w) => w !== rehearsalWeek), taken, held);
  const pinnedKeys = new Set([...taken, ...[...pinned.values()].map((e) => examKey(e.kind, e.form))]);
  const free = (ws: number[]) => ws.filter((w) => !pinned.has(w));
  const exams = checkpointExams(frame.answers.exam, { before: free(before).length, after: free(after).length, rehearsal: !!rehearsal }, pinnedKeys, frame.answers.practiceExams?.pool);
  const put = (w: number, exam: PracticeExam) => {
    const placed = placeForm(frame, exam, dates.slice(w * 7, w * 7 + 7).filter(usable), hours, writing);
    if (!placed) return;
    placed.hours.forEach((h, d) => hours.set(d, h));
    out.set(w, mk(frame, first, exam, placed.days, placed.blocks, false, placed.assumed));
  };
  for (const [w, e] of satIn) {
    // Where the plan would put it when that holds the day it was sat (a split form ends on it);
    // else on that day, or the last study day before it when it was sat on a day off (the plan
    // keeps days off free). A week with no study day up to it has nothing to place.
    const exam = satExam(e);
    const week = dates.slice(w * 7, w * 7 + 7).filter(usable);
    const planned = placeForm(frame, exam, week, hours, writing);
    const day = week.filter((d) => d <= e.date && hours.get(d)! > 0).at(-1);
    const placed = planned?.days.includes(e.date) ? planned : day ? placeForm(frame, exam, [day], hours, writing) : undefined;
    if (!placed) continue;
    placed.hours.forEach((h, d) => hours.set(d, h));
    out.set(w, mk(frame, first, exam, placed.days, placed.blocks, false, placed.assumed));
  }
  for (const [w, exam] of pinned) put(w, exam);
  free(before).forEach((w, i) => put(w, exams.before[i]!));
  free(after).forEach((w, i) => put(w, exams.after[i]!));
  if (rehearsal) {
    const exam = rehearsalExam(frame.answers, exams.rehearsal!);
    hours.set(rehearsal.date, rehearsal.hours);
    // Nothing heavy the day before a full test day, as before the exam itself.
    const eve = addDays(rehearsal.date, -1);
    const eveHours = hours.get(eve) ?? 0;
    const eveIsExam = [...out.values()].some((c) => c.days.includes(eve));
    if (eveHours > 1 && usable(eve) && !eveIsExam) {
      hours.set(eve, Math.max(1, quarter(eveHours / 2)));
      notes.set(eve, P('notes.rehearsalEve'));
    }
    out.set(rehearsalWeek, mk(frame, first, exam, [rehearsal.date], [exam.blocks], true, rehearsal.assumed));
  }
  // Graduated exposure (the anxiety protocol) puts no timed practice exam before its ladder starts.
  if (!frame.effects.anxietyProtocol) for (let w = 0; w < frame.leadIn; w += LOAD.leadInCheckpointEvery) put(w, PRACTICE_EXAM.mock);
  return { checkpoints: out, hours, notes, spacing, baseline };
}

/**
 * The real forms `held` (week start → checkpoint name, from the plan in force) on `weeks`, when
 * still fresh: not taken, in the student's pool, and given to one week only. A mock is not held.
 */
function heldForms(frame: Frame, dates: readonly string[], weeks: readonly number[], taken: ReadonlySet<string>, held: ReadonlyMap<string, string>): Map<number, PracticeExam> {
  const { exam, practiceExams } = frame.answers;
  const c = CHECKPOINTS[exam];
  const fresh = [...formPool(exam, practiceExams?.pool), ...c.late].filter((e) => !taken.has(examKey(e.kind, e.form)));
  const out = new Map<number, PracticeExam>();
  for (const w of weeks) {
    const name = held.get(dates[w * 7]!);
    const e = name === undefined ? undefined : fresh.find((x) => x.name === name);
    if (e && ![...out.values()].includes(e)) out.set(w, e);
  }
  return out;
}

export interface Baseline {
  week: number;
  /** The baseline left the lighter week before `week` for it. */
  moved: boolean;
}

/**
 * The week of the block's first checkpoint (the baseline): the block's first week, or with the
 * anxiety protocol the first week of its exposure ladder, after the untimed weeks — the protocol
 * promises no timed practice exam before the ladder's first step (lead-in mocks are left out too).
 * A lighter week gives it to the next one when only that holds it whole (lighterWeekGivesWay).
 */
export function firstCheckpointWeek(frame: Frame): Baseline {
  const w = frame.effects.anxietyProtocol ? Math.max(frame.leadIn, frame.untimed) : frame.leadIn;
  const moved = lighterWeekGivesWay(frame, w);
  return { week: moved ? w + 1 : w, moved };
}

/**
 * A lighter week (recovery: the first weeks' lower cap or week 1 of severe distress) does not
 * split the baseline over several short days when the next week, at the student's usual hours,
 * has a day that holds it whole: one sitting is both the truer reading and the gentler week.
 */
function lighterWeekGivesWay(frame: Frame, w: number): boolean {
  const lighter = w < frame.load.rampWeeks || (w === 0 && frame.load.week1Share < 1);
  if (!lighter) return false;
  const form = typicalForm(frame);
  const need = examMinutes(form) + (frame.effects.worryWriting ? DAY.expressiveWritingMinutes : 0);
  const days = (k: number) => Array.from({ length: 7 }, (_, i) => addDays(frame.start, k * 7 + i)).filter((d) => d < frame.taperFrom && d <= frame.last);
  const whole = (k: number) => days(k).some((d) => hoursOn(frame, d) * 60 >= need);
  return !whole(w) && days(w + 1).length >= 2 && whole(w + 1);
}

interface RehearsalDay {
  date: string;
  hours: number;
  assumed?: string;
}

/**
 * The rehearsal's day, as a learning specialist would choose it: a day in the window that
 * already holds a whole test day; else one of the student's own days off, given once, when
 * that leaves no more than six study days in a row and the week keeps the rest days a burnout
 * finding promises; else the longest study day, stretched.
 * Beyond the student's hours, or above the plan's cap, the day says what it assumes and why.
 */
function rehearsalDay(frame: Frame, window: readonly string[], hours: ReadonlyMap<string, number>, need: number): RehearsalDay | undefined {
  const fits = pickDay(frame, window.filter((d) => hours.get(d)! >= need), hours);
  if (fits) return { date: fits, hours: hours.get(fits)! };
  // The limit the burnout finding quotes: the longest day of the week the plan keeps under its cap.
  const limit = frame.effects.capHours === undefined ? undefined : Math.max(...frame.load.weekly);
  const cap = limit !== undefined && need > limit ? P('rehearsal.overCap', { cap: limit }) : '';
  const own = weeklyHours(frame.answers);
  const order = (d: string) => WEEK_LAYOUT.checkpointOrder.indexOf(weekday(d));
  // The burnout protocol promises its week's rest days (the finding quotes them): none is given then.
  const promised = frame.effects.minRestDays > 0 ? frame.load.weekly.filter((h) => h === 0).length : 0;
  const restLeft = (d: string) => Array.from({ length: 7 }, (_, i) => addDays(frame.start, weekOf(frame, d) * 7 + i)).filter((x) => x !== d && (hours.get(x) ?? 0) === 0).length;
  const offs = window
    .filter((d) => hours.get(d) === 0 && own[weekday(d)] === 0 && studyRun(hours, d) <= LOAD.maxStudyRun && restLeft(d) >= promised)
    .sort((x, y) => order(x) - order(y) || (x < y ? 1 : -1));
  if (offs[0]) return { date: offs[0], hours: need, assumed: `${P('rehearsal.dayOff', { day: dayName(offs[0]), hours: need })}${cap}` };
  const longest = pickDay(frame, window.filter((d) => hours.get(d)! > 0), hours);
  if (!longest) return undefined;
  return { date: longest, hours: need, assumed: `${P('rehearsal.assumed', { day: dayName(longest), hours: need, usual: hours.get(longest)! })}${cap}` };
}

/** Study days in a row that `date` would join if it held study. */
function studyRun(hours: ReadonlyMap<string, number>, date: string): number {
  let run = 1;
  for (let d = addDays(date, -1); (hours.get(d) ?? 0) > 0; d = addDays(d, -1)) run++;
  for (let d = addDays(date, 1); (hours.get(d) ?? 0) > 0; d = addDays(d, 1)) run++;
  return run;
}

/** The day in `candidates` with the most hours; ties: the practice-exam weekday, then the latest. */
function pickDay(frame: Frame, candidates: readonly string[], hours: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const d of candidates) {
    if (!best) best = d;
    const [h, hb] = [hours.get(d)!, hours.get(best)!];
    if (h > hb || (h === hb && (weekday(d) === frame.practiceWeekday || weekday(best) !== frame.practiceWeekday))) best = d;
  }
  return best;
}

interface FormDays {
  days: string[];
  blocks: number[];
  /** Hours of days that change to hold the form. */
  hours: Map<string, number>;
  assumed?: string;
}

/** Where one week's form goes among its `week` days (before the taper); never on a rest day. */
function placeForm(frame: Frame, exam: PracticeExam, week: readonly string[], hours: ReadonlyMap<string, number>, writing: number): FormDays | undefined {
  const need = examMinutes(exam) + writing;
  const fits = (d: string) => hours.get(d)! * 60 >= need;
  const preferred = week.find((d) => weekday(d) === frame.practiceWeekday);
  const one = preferred && fits(preferred) ? preferred : pickDay(frame, week.filter(fits), hours);
  if (one) return { days: [one], blocks: [exam.blocks], hours: new Map() };
  const open = week.filter((d) => hours.get(d)! > 0);
  const split = splitBySection(exam, open, hours, writing);
  if (split) return split;
  // No day and no run of days holds it: the longest day, stretched, and said so. A week whose only
  // days left before the taper are rest days takes no practice exam: rest days stay rest days.
  const d = pickDay(frame, open, hours);
  if (!d) return undefined;
  const stretched = toHours(need);
  return { days: [d], blocks: [exam.blocks], hours: new Map([[d, stretched]]), assumed: P('checkpointAssumed', { day: dayName(d), hours: stretched, usual: hours.get(d)! }) };
}

/**
 * The form's sections over the fewest consecutive study days that hold them (NBME lets a form be
 * resumed section by section), earlier days fullest so the last has room for the review. When
 * the days are too short for even one section, one section a day with each day stretched by at
 * most SPLIT.maxStretchMinutes, said plainly.
 */
function splitBySection(exam: PracticeExam, open: readonly string[], hours: ReadonlyMap<string, number>, writing: number): FormDays | undefined {
  const extra = (j: number) => (j === 0 ? writing : 0);
  const runs = (k: number) => {
    const out: string[][] = [];
    for (let i = open.length - k; i >= 0; i--) {
      const days = open.slice(i, i + k);
      // Consecutive study days: at most one rest day between two parts.
      if (days.every((d, j) => j === 0 || daysBetween(days[j - 1]!, d) <= 2)) out.push(days);
    }
    return out;
  };
  for (let k = 2; k <= exam.blocks; k++) {
    for (const days of runs(k)) {
      const room = days.map((d, j) => Math.floor((hours.get(d)! * 60 - extra(j)) / exam.minutesPerBlock));
      if (room.some((r) => r < 1) || room.reduce((n, r) => n + r, 0) < exam.blocks) continue;
      let left = exam.blocks;
      const blocks = room.map((r, j) => {
        const n = Math.min(r, left - (k - 1 - j));
        left -= n;
        return n;
      });
      return { days, blocks, hours: new Map() };
    }
  }
  let best: { days: string[]; over: number } | undefined;
  for (const days of runs(exam.blocks)) {
    const over = Math.max(...days.map((d, j) => exam.minutesPerBlock + extra(j) - hours.get(d)! * 60));
    if (!best || over < best.over) best = { days, over };
  }
  if (!best || best.over > SPLIT.maxStretchMinutes) return undefined;
  const stretched = new Map(best.days.map((d, j) => [d, Math.max(hours.get(d)!, toHours(exam.minutesPerBlock + extra(j)))]));
  const usual = hours.get(best.days[0]!)!;
  return {
    days: best.days,
    blocks: best.days.map(() => 1),
    hours: stretched,
    assumed: P('checkpointSplitAssumed', { minutes: exam.minutesPerBlock, parts: best.days.length, hours: Math.max(...stretched.values()), usual }),
  };
}

/** `first`: the baseline's week (firstCheckpointWeek), decided once per placement. */
function mk(frame: Frame, first: number, exam: PracticeExam, days: string[], blocks: number[], rehearsal: boolean, assumed?: string): PlacedCheckpoint {
  const date = days.at(-1)!;
  const baseline = weekOf(frame, date) === first && !rehearsal;
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
