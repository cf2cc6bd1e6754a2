// The plan retake writes: one zod schema, validated before any output. The YAML
// and JSON formats are this object; Markdown and calendar views are rendered from it.
import * as z from 'zod/mini';
import { EXAMS } from '../content/exams.js';
import { isIsoDate } from '../lib/dates.js';
import { CHECKPOINT_KINDS, practiceExamSchema } from './history.js';

export { CHECKPOINT_KINDS };

const isoDate = z.string().check(z.refine(isIsoDate, 'expected YYYY-MM-DD'));
const nonneg = z.number().check(z.minimum(0));
const text = z.string().check(z.minLength(1));

export const SEVERITIES = ['critical', 'high', 'moderate', 'info'] as const;
export const CATEGORIES = ['knowledge', 'method', 'strategy', 'wellbeing', 'logistics'] as const;
export const READINESS = ['no-data', 'not-ready', 'at-risk', 'on-track', 'ready'] as const;
export const DAY_KINDS = ['study', 'checkpoint', 'rest', 'buffer'] as const;
export const TASK_TYPES = [
  'questions',
  'explanations',
  'content',
  'flashcards',
  'practice-exam',
  'incorrects-review',
  'catch-up',
  'breathing',
  'expressive-writing',
] as const;

export const findingSchema = z.object({
  id: text,
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  title: text,
  evidence: z.array(text).check(z.minLength(1)),
  actions: z.array(text),
});
export type Finding = z.infer<typeof findingSchema>;

export const rankedAreaSchema = z.object({
  rank: z.int().check(z.minimum(1)),
  slug: text,
  name: text,
  kind: z.enum(['discipline', 'system']),
  band: z.enum(['lower', 'same', 'higher', 'unknown']),
  weight: z.tuple([nonneg, nonneg]),
  priority: nonneg,
});
export type RankedArea = z.infer<typeof rankedAreaSchema>;

export const taskSchema = z.object({
  type: z.enum(TASK_TYPES),
  minutes: z.int().check(z.minimum(1)),
  text: text,
  questions: z.optional(z.int().check(z.minimum(1))),
  areas: z.optional(z.array(text)),
  why: z.optional(text),
});
export type Task = z.infer<typeof taskSchema>;

export const daySchema = z.object({
  date: isoDate,
  weekday: text,
  kind: z.enum(DAY_KINDS),
  hours: nonneg,
  focus: z.array(text),
  tasks: z.array(taskSchema),
  notes: z.array(text),
});
export type Day = z.infer<typeof daySchema>;

export const checkpointSchema = z.object({
  date: isoDate,
  kind: z.enum(CHECKPOINT_KINDS),
  name: text,
  questions: z.int().check(z.minimum(1)),
  fullLength: z.boolean(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const weekSchema = z.object({
  week: z.int().check(z.minimum(1)),
  start: isoDate,
  end: isoDate,
  phase: z.object({ id: text, name: text }),
  focus: z.object({ primary: z.array(text), secondary: z.array(text) }),
  why: text,
  checkpoint: checkpointSchema,
  days: z.array(daySchema).check(z.length(7)),
});
export type Week = z.infer<typeof weekSchema>;

export const readinessSchema = z.object({
  status: z.enum(READINESS),
  gate: z.object({
    text: text,
    scale: z.enum(['percent', 'three-digit']),
    lowPass: nonneg,
    target: nonneg,
    consecutive: z.int().check(z.minimum(1)),
    passProbability: nonneg,
  }),
  reasons: z.array(text),
  checkpointsRemaining: z.int().check(z.minimum(0)),
  latest: z.optional(z.object({ date: isoDate, name: text, score: nonneg })),
  /** Points per week over the recent scores (capped). */
  trendPerWeek: z.optional(z.number()),
  /** The trend carried to the exam date (or the plan's end). */
  projected: z.optional(z.number()),
  suggestedExamDate: z.optional(isoDate),
  taper: z.boolean(),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const firstStepSchema = z.object({ id: text, when: text, text: text });
export type FirstStep = z.infer<typeof firstStepSchema>;

export const resourcePlanSchema = z.object({
  core: z.array(z.object({ slug: text, name: text, role: text, use: text, areas: z.array(text) })).check(z.maxLength(4)),
  setAside: z.array(text),
  notes: z.array(text),
});
export type ResourcePlan = z.infer<typeof resourcePlanSchema>;

export const protocolSchema = z.object({ id: text, name: text, how: text, findings: z.array(text) });
export type Protocol = z.infer<typeof protocolSchema>;

/** A date of the student's own that waits on the result, read against when the result should arrive. */
export const MILESTONE_RISKS = ['clear', 'tight', 'at-risk'] as const;
export const milestoneSchema = z.object({ name: text, date: isoDate, risk: z.enum(MILESTONE_RISKS), note: text });
export type Milestone = z.infer<typeof milestoneSchema>;

/** "Your story for applications": written from the diagnosis and the plan, never invented. */
export const storySchema = z.object({
  intro: text,
  wentWrong: z.array(text),
  changed: z.array(text).check(z.minLength(1)),
  willShow: z.array(text).check(z.minLength(1)),
  notes: z.array(text),
});
export type Story = z.infer<typeof storySchema>;

export const planSchema = z.object({
  schemaVersion: z.literal(1),
  exam: z.enum(EXAMS),
  examName: text,
  attempt: z.int(),
  asOf: isoDate,
  disclaimer: text,
  schedule: z.object({
    start: isoDate,
    end: isoDate,
    weeks: z.int().check(z.minimum(1)),
    /** The first week shown: earlier weeks of a regenerated plan are past. */
    currentWeek: z.int().check(z.minimum(1)),
    /** Study hours and rest days the plan uses: the student's, unless a finding limits them. */
    hoursPerDay: nonneg,
    daysOffPerWeek: z.int(),
    /** What the student asked for, when a finding changed it. */
    asked: z.optional(z.object({ hoursPerDay: nonneg, daysOffPerWeek: z.int() })),
    examDate: z.optional(isoDate),
    earliestEligible: z.optional(isoDate),
    totals: z.object({ studyHours: nonneg, questions: z.int(), checkpoints: z.int() }),
  }),
  diagnosis: z.object({
    findings: z.array(findingSchema),
    timeline: z.object({
      verdict: z.enum(['fits', 'extend', 'coursework-first']),
      recommendedWeeks: z.int(),
      planWeeks: z.int(),
      reasons: z.array(text),
    }),
    weakAreas: z.array(rankedAreaSchema),
  }),
  firstSteps: z.array(firstStepSchema),
  advisorMessage: text,
  resources: resourcePlanSchema,
  reviewProtocol: z.object({ title: text, steps: z.array(text) }),
  protocols: z.array(protocolSchema),
  readiness: readinessSchema,
  practiceExams: z.array(practiceExamSchema),
  sinceLastPlan: z.optional(z.object({ previousAsOf: isoDate, items: z.array(text) })),
  milestones: z.optional(z.array(milestoneSchema)),
  story: storySchema,
  weeks: z.array(weekSchema).check(z.minLength(1)),
});
export type Plan = z.infer<typeof planSchema>;

/**
 * What "Since your last plan" reads from the archived plan: validated on its own, so an
 * archive written by another version still diffs if these fields agree.
 */
export const previousPlanSchema = z.object({
  asOf: isoDate,
  exam: z.enum(EXAMS),
  schedule: z.object({ weeks: z.int(), end: isoDate }),
  readiness: z.object({ status: z.enum(READINESS), suggestedExamDate: z.optional(isoDate) }),
  practiceExams: z.array(z.object({ date: isoDate, kind: z.enum(CHECKPOINT_KINDS), form: z.optional(z.string()), score: z.number() })),
  diagnosis: z.object({ weakAreas: z.array(z.object({ slug: text, name: text, rank: z.int(), band: z.enum(['lower', 'same', 'higher', 'unknown']) })) }),
  weeks: z.array(
    z.object({
      week: z.int(),
      focus: z.object({ primary: z.array(text) }),
      days: z.array(z.object({ date: isoDate, kind: z.enum(DAY_KINDS), hours: nonneg, focus: z.array(text) })),
    }),
  ),
});
export type PreviousPlan = z.infer<typeof previousPlanSchema>;
