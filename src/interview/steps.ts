// The interview as a list of steps, one per answer group, in the order a student thinks:
// the exam, the report, test day, how they studied, how they are, their time, their own
// dates that wait on the result. Each step
// takes only what it uses, reads its defaults from the draft (a pre-filled file, or what
// the student said before changing it from the recap) and returns its group of answers.
// Enter keeps the default; an empty optional answer claims nothing.
import { examStep, profileStep, resultStep, testDayStep } from './steps-report.js';
import { methodsStep, wellbeingStep } from './steps-study.js';
import { milestonesStep, scheduleStep } from './steps-time.js';
import type { Step } from './step.js';

export type { Context, Draft, Step } from './step.js';
export { examStep, profileStep, resultStep, testDayStep, methodsStep, wellbeingStep, milestonesStep, scheduleStep };

/** The interview, in order; the recap lists the same groups and can run any step again. */
export const STEPS: readonly Step[] = [examStep, resultStep, profileStep, testDayStep, methodsStep, wellbeingStep, scheduleStep, milestonesStep];
