// The plan's weeks as a reader sees them: they stop at the exam. The schedule fills its last
// week out to seven days (rest days after a booked exam), which is data, not something to read:
// a table row "10 Feb–16 Feb" or a phase bar past the exam says the plan runs on after it.
import type { Plan, Week } from '../schema/plan.js';

export function weeksUntilExam(plan: Pick<Plan, 'weeks' | 'schedule'>): Week[] {
  const exam = plan.schedule.examDate;
  if (!exam) return plan.weeks;
  return plan.weeks
    .filter((w) => w.start <= exam)
    .map((w) => (w.end <= exam ? w : { ...w, end: exam, days: w.days.filter((d) => d.date <= exam) }));
}
