// The recap before saving: one line per answer group, in the interview's order, each
// numbered so the student can pick it to change. Pure: draft → text.
import { AREAS } from '../content/areas.js';
import { EXAM_FACTS } from '../content/exams.js';
import { RESOURCES } from '../content/resources.js';
import { text } from '../content/texts.js';
import { formatLong, weekdayName } from '../lib/dates.js';
import { wrapWords } from '../lib/wrap.js';
import { WEEKDAYS } from '../schema/answers.js';
import { weekHours } from './ask.js';
import { withThousands } from './parse-input.js';
import { describeWeek, formName } from './parse-lists.js';
import type { Draft, Step } from './steps.js';

// The phrase the plan's own timeline finding uses ("a moderate distance from passing"), one wording for both.
const distanceWords = (d: string) => text('findings', `timeline.distance.${d}`);
const yesNo = (b: boolean | undefined) => (b === undefined ? 'not said' : b ? 'yes' : 'no');
const parts = (...xs: (string | false | 0 | undefined)[]) => xs.filter(Boolean).join(' · ') || 'skipped';

/** What the recap says for each group, keyed by step id. */
export const GROUP_LINES: Record<string, (d: Draft) => string> = {
  exam: (d) => parts(`${EXAM_FACTS[d.exam ?? 'step1'].name}, attempt ${d.attempt ?? 2}`, d.previousAttempts?.length && `sat ${d.previousAttempts.map(formatLong).join(', ')}`),
  result: (d) => (d.score !== undefined ? `score ${d.score}` : d.distanceFromPassing ? distanceWords(d.distanceFromPassing) : 'not given'),
  profile: (d) => {
    if (!d.performance) return 'not entered: areas ranked by their share of the exam';
    const names = new Map(AREAS[d.exam ?? 'step1'].map((a) => [a.slug, a.name]));
    const bands = { ...d.performance.disciplines, ...d.performance.systems };
    const list = (b: string) => Object.entries(bands).filter(([, v]) => v === b).map(([k]) => names.get(k) ?? k).join('; ') || 'none';
    return `lower: ${list('lower')} · higher: ${list('higher')} · the rest about the same`;
  },
  testDay: (d) =>
    parts(
      `ran out of time: ${yesNo(d.testDay?.ranOutOfTime)}`,
      `mind went blank: ${yesNo(d.testDay?.mindWentBlank)}`,
      d.testDay?.anxiety !== undefined && `anxiety ${d.testDay.anxiety}/10`,
      d.testDay?.accommodations && `a condition limiting timed tests: ${{ none: 'no', have: 'yes', suspect: 'maybe' }[d.testDay.accommodations]}`,
    ),
  methods: (d) => {
    const m = d.methods ?? {};
    const res = m.resources?.map((r) => RESOURCES.find((x) => x.slug === r)?.name.replace(/ \(.*\)$/, '') ?? r).join(', ');
    return parts(
      m.questionsCompleted !== undefined && `${withThousands(m.questionsCompleted)} questions`,
      m.reviewMinutesPerBlock !== undefined && `${m.reviewMinutesPerBlock} min review a block`,
      m.mainActivity && `mostly ${m.mainActivity}`,
      m.practiceExamsTaken !== undefined && `${m.practiceExamsTaken} practice exam${m.practiceExamsTaken === 1 ? '' : 's'}${m.formsTaken?.length ? ` (${m.formsTaken.map(formName).join(', ')})` : ''}`,
      m.bestPracticeScore !== undefined && `best ${m.bestPracticeScore}${EXAM_FACTS[d.exam ?? 'step1'].practiceScale === 'percent' ? '%' : ''}`,
      res && `used ${res}`,
      m.spacedRepetition && `spaced repetition: ${m.spacedRepetition}`,
      `timed random blocks: ${yesNo(m.timedRandomBlocks)}`,
      `switched: ${yesNo(m.switchedResources)}`,
      `crammed: ${yesNo(m.crammed)}`,
    );
  },
  wellbeing: (d) => {
    const w = d.wellbeing ?? {};
    return parts(
      w.sleepHours !== undefined && `sleep ${w.sleepHours} h`,
      w.burnout !== undefined && `worn out ${w.burnout}/10`,
      w.exerciseDaysPerWeek !== undefined && `exercise ${w.exerciseDaysPerWeek} day(s) a week`,
      w.stressors?.length && `weighing: ${w.stressors.join(', ')}`,
      w.support && `support: ${w.support.length ? w.support.join(', ') : 'no one right now'}`,
    );
  },
  schedule: (d) => {
    const s = d.schedule ?? {};
    const week = s.hoursPerDay !== undefined && describeWeek(weekHours(s.hoursPerDay, s));
    return parts(
      s.start && `from ${formatLong(s.start)}`,
      week,
      s.dayStartsAt && `days start at ${s.dayStartsAt}`,
      s.practiceExamDay && `practice exams on ${weekdayName(WEEKDAYS.indexOf(s.practiceExamDay))}`,
      s.examDate ? `exam ${formatLong(s.examDate)}` : 'exam not booked',
    );
  },
  milestones: (d) => d.milestones?.map((m) => `${m.name}: ${formatLong(m.date)}`).join(' · ') || 'none given',
};

/** The recap as lines fitted to `width`: "  1 Exam       USMLE Step 1, attempt 2 · …". */
export function renderRecap(draft: Draft, steps: readonly Step[], width: number): string {
  const label = Math.max(...steps.map((s) => s.title.length)) + 2;
  const lines = steps.flatMap((s, i) => {
    const head = `  ${i + 1} ${s.title.padEnd(label)}`;
    return wrapWords(GROUP_LINES[s.id]?.(draft) ?? '', Math.max(40, width - 1), head, ' '.repeat(head.length));
  });
  return ['', 'Your answers', ...lines].join('\n');
}
