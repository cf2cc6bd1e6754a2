// Filling one day with tasks whose minutes add up to its hours: study, buffer, checkpoint,
// taper, rest and exam days. The frame (hours, checkpoints) is decided before; a day only reads it.
import { EXAM_FACTS, secondsPerQuestion, type Exam } from '../content/exams.js';
import { CONTENT_METHODS, DAY, REHEARSAL, TAPER, type Phase } from '../content/schedule.js';
import { joinWords } from '../content/texts.js';
import { daysBetween, formatLong, weekday, weekdayName } from '../lib/dates.js';
import type { Day, RankedArea, Task } from '../schema/plan.js';
import { checkpointReviewMinutes, type PlacedCheckpoint } from './checkpoints.js';
import type { Diagnosis, PlanEffects } from './diagnose.js';
import type { WeekFocus } from './focus.js';
import { ladderRung, planText as P, quarter, weekOf, type Frame } from './frame.js';
import { bandWords } from './rank.js';
import { readinessCounts } from './readiness.js';

const round5 = (n: number) => Math.round(n / 5) * 5;
export const areaNames = (areas: readonly RankedArea[]) => joinWords(areas.map((r) => r.name));

/**
 * What the days of a plan carry from one to the next, in date order: the builder owns it and
 * each day function updates it (a review still to finish, each area's last focus day).
 */
export interface DayState {
  frame: Frame;
  diagnosis: Diagnosis;
  hours: ReadonlyMap<string, number>;
  /** A checkpoint review still to finish: it rolls into the next days. */
  pending: { name: string; minutes: number } | undefined;
  /** Last focus day of each area, for spaced retrieval. */
  lastFocus: Map<string, string>;
  retrieved: Set<string>;
  /** Timed study days so far: a compressed plan's exposure ladder climbs by them (frame.ts ladderRung). */
  timedDays: number;
  /** Index into CONTENT_METHODS, so the active methods rotate. */
  method: number;
  /** The student's question bank and card deck by name, for task texts. */
  words: { qbank: string; deck: string };
}

const dayOf = (date: string, kind: Day['kind'], hours: number, focus: string[], tasks: Task[], notes: string[], extra: Partial<Day> = {}): Day =>
  ({ date, weekday: weekdayName(weekday(date)), kind, hours, focus, tasks, notes, ...extra });

export function restDay(date: string, note: string): Day {
  return dayOf(date, 'rest', 0, [], [], [note]);
}

export function examDay(date: string): Day {
  return dayOf(date, 'exam', 0, [], [], [P('notes.examDay')]);
}

function areaWhy(area: RankedArea): string {
  return P('why.area', { name: area.name, rank: area.rank, band: bandWords(area), min: area.weight[0], max: area.weight[1] });
}

/** The wording of a day's questions: timed questions that fit one test-day block are one block, not "blocks of 40". */
function questionsKey(mode: Phase['mode'], count: number, exam: Exam): string {
  return (mode === 'timed-subject' || mode === 'timed-random') && count <= EXAM_FACTS[exam].questionsPerBlock ? `${mode}-one` : mode;
}

function flashcardMinutes(total: number): number {
  return Math.min(total, Math.min(DAY.flashcards.max, Math.max(DAY.flashcards.min, round5(total * DAY.flashcards.share))));
}

/** The part of a pending checkpoint review that fits today (at most half the day). */
function takePending(state: DayState, total: number, tasks: Task[]): number {
  const p = state.pending;
  if (!p) return 0;
  let minutes = Math.min(p.minutes, Math.floor((total * DAY.incorrectsReview.maxShare) / 5) * 5);
  if (p.minutes - minutes < DAY.minTaskMinutes) minutes = Math.min(p.minutes, total - DAY.flashcards.min);
  if (minutes < DAY.minTaskMinutes) return 0;
  tasks.push({ type: 'incorrects-review', minutes, text: P('tasks.incorrectsContinue', { exam: p.name }), why: P('why.incorrects') });
  p.minutes -= minutes;
  if (p.minutes < DAY.minTaskMinutes) state.pending = undefined;
  return minutes;
}

function reviewRatio(effects: PlanEffects): number {
  return Math.max(DAY.reviewRatio, effects.reviewRatio);
}

export function studyDay(state: DayState, date: string, hours: number, phase: Phase, focus: WeekFocus, studyIndex: number, week: number): Day {
  const { effects, answers } = state.frame;
  const total = Math.round(hours * 60);
  const tasks: Task[] = [];
  const primary = focus.primary.length ? [focus.primary[studyIndex % focus.primary.length]!] : [];
  const secondary = focus.secondary.length ? [focus.secondary[studyIndex % focus.secondary.length]!] : [];
  const today = phase.id === 'final' ? focus.primary : [...primary, ...secondary];
  let used = takePending(state, total, tasks);
  const cards = flashcardMinutes(total - used);
  const breathing = effects.anxietyProtocol && phase.mode !== 'tutor' ? DAY.breathingMinutes : 0;
  const ratio = reviewRatio(effects);
  const perQuestion = DAY.minutesPerQuestion * (1 + ratio);
  const goal = Math.min(phase.questions.max, Math.round((phase.questions.base * hours) / 8 / DAY.questionStep) * DAY.questionStep);
  const fit = Math.floor((total - used - cards - breathing) / perQuestion / DAY.questionStep) * DAY.questionStep;
  const count = Math.max(0, Math.min(goal, fit));
  if (count > 0) {
    if (breathing) tasks.push({ type: 'breathing', minutes: breathing, text: P('tasks.breathing') });
    const focused = Math.round(count / 2 / DAY.questionStep) * DAY.questionStep;
    let q = P(`tasks.questions.${questionsKey(phase.mode, count, state.frame.answers.exam)}`, { count, areas: areaNames(today), focused, random: count - focused, ...state.words });
    // Graduated exposure (Huntley et al. 2019): one timed block, then two back to back, then the day's questions in one sitting.
    // Questions that fit one block are one sitting already: the ladder has nothing to add.
    const perBlock = EXAM_FACTS[state.frame.answers.exam].questionsPerBlock;
    if (effects.anxietyProtocol && phase.mode !== 'tutor' && count > perBlock) {
      const blocks = Math.min(DAY.exposureLadder[ladderRung(state.frame.ladder, week, state.timedDays)] ?? Infinity, Math.ceil(count / perBlock));
      q += P('tasks.ladder', { blocks: blocks === 1 ? 'one block' : `${blocks} blocks` });
    }
    if (phase.mode !== 'tutor') state.timedDays++;
    if (effects.pacingDrills && phase.mode !== 'tutor') q += P('tasks.pacing', { seconds: secondsPerQuestion(answers.exam) });
    const answer = Math.round(count * DAY.minutesPerQuestion);
    const review = Math.max(answer, Math.round(answer * ratio));
    tasks.push({ type: 'questions', minutes: answer, questions: count, text: q, areas: phase.mode === 'timed-random' ? [] : today.map((r) => r.slug), why: today[0] ? areaWhy(today[0]) : undefined });
    tasks.push({ type: 'explanations', minutes: review, questions: count, text: P('tasks.explanations', { count }) });
    used += breathing + answer + review;
  }
  used += retrievalBlock(state, date, total - used - cards, today, tasks);
  const content = total - used - cards;
  if (content >= DAY.minTaskMinutes) {
    // Several sessions of one active method each rather than one long block of review.
    const sessions = Math.ceil(content / DAY.contentSessionMaxMinutes);
    const key = phase.id === 'final' ? 'tasks.contentFinal' : 'tasks.content';
    for (let i = 0; i < sessions; i++) {
      const minutes = i < sessions - 1 ? round5(content / sessions) : content - round5(content / sessions) * (sessions - 1);
      const method = P(`methods.${CONTENT_METHODS[state.method++ % CONTENT_METHODS.length]}`);
      // Several sessions take today's areas one at a time, so no two read alike and each area gets its own.
      const areas = sessions > 1 && today.length > 1 ? [today[i % today.length]!] : today;
      tasks.push({ type: 'content', minutes, text: P(key, { areas: areaNames(areas) || 'all subjects', method }), areas: areas.map((r) => r.slug), why: areas[0] ? areaWhy(areas[0]) : undefined });
    }
    used += content;
  }
  tasks.push({ type: 'flashcards', minutes: total - used, text: P('tasks.flashcards', state.words), why: P('why.spacing') });
  if (phase.id !== 'final') for (const r of today) state.lastFocus.set(r.slug, date);
  const notes = [...state.frame.standingNotes];
  // Tutor-mode (untimed) days carry no pacing drill.
  if (effects.pacingDrills && count > 0 && phase.mode !== 'tutor') notes.push(P('notes.pacing'));
  return dayOf(date, 'study', hours, today.map((r) => r.slug), noFiller(tasks), notes);
}

/** About a week after an area's last focus day, a timed block on it from the question bank's subject filter. */
function retrievalBlock(state: DayState, date: string, room: number, today: readonly RankedArea[], tasks: Task[]): number {
  const n = DAY.retrieval.questions;
  const minutes = Math.round(n * DAY.minutesPerQuestion) * 2;
  if (room - minutes < 0) return 0;
  for (const r of state.diagnosis.weakAreas) {
    const lastDay = state.lastFocus.get(r.slug);
    if (!lastDay || today.some((t) => t.slug === r.slug) || state.retrieved.has(`${r.slug}@${lastDay}`)) continue;
    const gap = daysBetween(lastDay, date);
    if (!DAY.retrieval.afterDays.includes(gap)) continue;
    state.retrieved.add(`${r.slug}@${lastDay}`);
    tasks.push({ type: 'questions', minutes: minutes / 2, questions: n, text: P('tasks.retrieval', { count: n, area: r.name, days: gap, ...state.words }), areas: [r.slug], why: P('why.retrieval') });
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

export function bufferDay(state: DayState, date: string, hours: number, focus: WeekFocus, fullWeek: boolean): Day {
  // A week without a rest day (asked for) gets a lighter buffer in its place.
  const h = fullWeek || state.frame.effects.halfBuffer ? Math.max(DAY.minTaskMinutes * 2 / 60, quarter(hours / 2)) : hours;
  const total = Math.round(Math.min(h, hours) * 60);
  const lighter = total < Math.round(hours * 60);
  const tasks: Task[] = [];
  let used = takePending(state, total, tasks);
  const cards = flashcardMinutes(total - used);
  const catchUp = total - used - cards;
  if (catchUp >= DAY.minTaskMinutes) tasks.push({ type: 'catch-up', minutes: catchUp, text: P('tasks.catchUp', { areas: areaNames(focus.primary) || 'all subjects' }), why: P('why.buffer') });
  else used -= catchUp;
  used += Math.max(0, catchUp);
  tasks.push({ type: 'flashcards', minutes: total - used, text: P('tasks.flashcards', state.words), why: P('why.spacing') });
  const notes = [...state.frame.standingNotes];
  if (fullWeek && lighter) notes.push(P('notes.noRestWeek'));
  return dayOf(date, 'buffer', total / 60, focus.primary.map((r) => r.slug), noFiller(tasks), notes);
}

export function checkpointDay(state: DayState, date: string, placed: PlacedCheckpoint): Day {
  const { effects } = state.frame;
  const hours = state.hours.get(date)!;
  const part = placed.days.indexOf(date);
  const lastPart = part === placed.days.length - 1;
  const tasks: Task[] = [];
  const writing = effects.worryWriting && part === 0 ? DAY.expressiveWritingMinutes : 0;
  if (writing) tasks.push({ type: 'expressive-writing', minutes: writing, text: P('tasks.writing', { minutes: writing }) });
  const exam = placed.exam;
  const blocks = placed.blocks[part]!;
  const before = placed.blocks.slice(0, part).reduce((n, b) => n + b, 0);
  const answering = blocks * exam.minutesPerBlock + (placed.rehearsal ? REHEARSAL.breakMinutes + REHEARSAL.tutorialMinutes : 0);
  const others = joinWords(placed.days.filter((d) => d !== date).map(formatLong));
  const split = { name: exam.name, total: exam.blocks, part: part + 1, parts: placed.days.length, other: others };
  const counted = readinessCounts(state.frame.answers.exam, exam.kind);
  // The anxiety protocol's ladder reaches practice exams too: on a rung below whole sittings the
  // form's sections are taken that many per sitting, each still timed (the score says so when it counts).
  const perSitting = effects.anxietyProtocol && !placed.rehearsal ? DAY.exposureLadder[ladderRung(state.frame.ladder, weekOf(state.frame, date), state.timedDays)] : undefined;
  const stepped = perSitting !== undefined && blocks > perSitting;
  const sitting = stepped ? P(perSitting === 1 ? 'tasks.practiceExam.sittingOne' : 'tasks.practiceExam.sittingMany', { n: perSitting }) : '';
  let label: string;
  if (placed.rehearsal) label = P('tasks.practiceExam.rehearsal', { name: exam.name, blocks: exam.blocks, perBlock: exam.questionsPerBlock, breaks: REHEARSAL.breakMinutes, tutorial: REHEARSAL.tutorialMinutes });
  else if (placed.days.length > 1 && blocks === 1) label = P('tasks.practiceExam.splitOne', { ...split, section: before + 1 });
  else if (placed.days.length > 1) label = P('tasks.practiceExam.split', { ...split, from: before + 1, to: before + blocks });
  else if (stepped) label = P('tasks.practiceExam.fullLadder', { name: exam.name, blocks: exam.blocks, perBlock: exam.questionsPerBlock });
  // A name that already says its blocks (the question-bank mock) is not followed by them again.
  else label = P(exam.short ? 'tasks.practiceExam.fullNamed' : 'tasks.practiceExam.full', { name: exam.name, blocks: exam.blocks, perBlock: exam.questionsPerBlock });
  if (stepped) label += P(counted ? 'tasks.practiceExam.ladderCounted' : 'tasks.practiceExam.ladder', { sitting });
  // The baseline is named where it starts: the first part of a split form.
  if (placed.baseline && part === 0) label = P('tasks.practiceExam.baseline', { label });
  // A question-bank mock is logged as a percent on either Step: the task says how.
  if (exam.kind === 'other' && lastPart) label += P('tasks.practiceExam.logMock');
  tasks.push({ type: 'practice-exam', minutes: answering, questions: blocks * exam.questionsPerBlock, text: label, why: placed.rehearsal ? P('why.rehearsal') : P(counted ? 'why.checkpoint' : 'why.checkpointUncounted') });
  let total = writing + answering;
  const notes = [...state.frame.standingNotes];
  if (placed.assumed) notes.unshift(placed.assumed);
  if (placed.rehearsal) notes.unshift(P('notes.rehearsal'));
  // The day ends on a quarter hour: whatever follows the exam is trimmed to fit.
  const roomAfter = Math.floor((Math.round(hours * 60) - total) / 15) * 15;
  if (lastPart) {
    // After a whole test day the evening is free: a rehearsal's review starts the next day.
    const room = placed.rehearsal ? 0 : roomAfter;
    // The review, sized to the missed and guessed questions, starts today if there is room and rolls on.
    const review = checkpointReviewMinutes(exam);
    // The baseline, or the plan's first checkpoint, has no earlier tally to compare with.
    const firstReading = placed.baseline || weekOf(state.frame, placed.days[0]!) === 0;
    let now = room >= DAY.minTaskMinutes ? Math.min(room, review) : 0;
    now = Math.max(0, Math.floor((total + now) / 15) * 15 - total);
    if (now < DAY.minTaskMinutes) now = 0;
    const rest = review - now < DAY.minTaskMinutes ? 0 : review - now;
    if (now) tasks.push({ type: 'incorrects-review', minutes: now, text: P('tasks.incorrects', { exam: exam.short ?? exam.name, minutes: now + rest, compare: firstReading ? '' : P('tasks.incorrectsCompare') }), why: P('why.incorrects') });
    total += now;
    state.pending = rest ? { name: exam.short ?? exam.name, minutes: rest } : undefined;
  } else {
    // An earlier part of a split form: the rest of the day keeps today's cards going.
    // Sized as on a study day of these hours, and the day still ends on a quarter hour.
    const cards = Math.floor((total + Math.min(roomAfter, flashcardMinutes(Math.round(hours * 60)))) / 15) * 15 - total;
    if (cards >= DAY.minTaskMinutes) {
      tasks.push({ type: 'flashcards', minutes: cards, text: P('tasks.flashcards', state.words), why: P('why.spacing') });
      total += cards;
    }
  }
  // Exams run in quarter hours; the worry-writing drill takes up the odd minutes so the day does too.
  const odd = (15 - (total % 15)) % 15;
  if (odd && writing) {
    // The drill stays ten minutes, as studied; the odd minutes are said to be for settling in.
    tasks[0]!.minutes += odd;
    tasks[0]!.text = P('tasks.writingSettle', { minutes: writing, settle: odd });
    total += odd;
  }
  return dayOf(date, 'checkpoint', total / 60, [], tasks, notes, placed.assumed ? { assumed: placed.assumed } : {});
}

/** The last days: a short mixed block, the tally of misses, cards, and sleep. */
export function taperDay(state: DayState, date: string, dayHours: number): Day {
  const lastDay = date === state.frame.last;
  // The eve of the exam: an hour at most.
  const hours = lastDay ? Math.min(dayHours, 1) : dayHours;
  const total = Math.round(hours * 60);
  const tasks: Task[] = [];
  let used = 0;
  const tally = Math.min(TAPER.tallyMinutes, total);
  if (!lastDay) {
    const ratio = reviewRatio(state.frame.effects);
    const count = Math.min(TAPER.questions, Math.floor((total - tally - DAY.flashcards.min) / (DAY.minutesPerQuestion * (1 + ratio)) / DAY.questionStep) * DAY.questionStep);
    if (count > 0) {
      const answer = Math.round(count * DAY.minutesPerQuestion);
      const review = Math.max(answer, Math.round(answer * ratio));
      tasks.push({ type: 'questions', minutes: answer, questions: count, text: P(`tasks.questions.${questionsKey('timed-random', count, state.frame.answers.exam)}`, { count, ...state.words }), areas: [] });
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
  if (total - used > 0) tasks.push({ type: 'flashcards', minutes: total - used, text: P('tasks.flashcardsLight', state.words), why: P('why.spacing') });
  const wall = state.frame.wall;
  const ahead = wall ? daysBetween(date, wall) : 0;
  const notes = [wall ? P('notes.taper', { when: ahead === 1 ? 'the day' : `${ahead} days` }) : P('notes.taperEnd'), P('notes.sleepProtected'), ...state.frame.standingNotes];
  if (lastDay && state.frame.wall) notes.push(P('notes.eve'));
  state.pending = undefined;
  return dayOf(date, 'study', hours, [], noFiller(tasks), notes, { taper: true });
}
