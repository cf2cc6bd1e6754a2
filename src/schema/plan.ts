// The plan retake writes: one zod schema, which every plan the tests generate must meet
// (test/invariants.ts). The YAML and JSON formats are this object; Markdown and calendar
// views are rendered from it.
// Longer than ~300 lines on purpose: it is one document's shape, read best top to bottom.
// Each schema is built on first use (z.lazy): building zod schemas is a visible part of a
// run's start-up, and most runs need few of them (a plan from an answers file, none).
import * as z from 'zod/mini';
import { CHECKPOINT_KINDS, EXAMS, PRACTICE_SCALE_NAMES } from '../content/exams.js';
import { TIMELINE_ORDER } from '../content/schedule.js';
import { isIsoDate } from '../lib/dates.js';
import { loggedExamSchema } from './history.js';

const isoDate = z.string().check(z.refine(isIsoDate, 'expected YYYY-MM-DD'));
const nonneg = z.number().check(z.minimum(0));
const text = z.string().check(z.minLength(1));

export const SEVERITIES = ['critical', 'high', 'moderate', 'info'] as const;
export const CATEGORIES = ['knowledge', 'method', 'strategy', 'wellbeing', 'logistics'] as const;
export const READINESS = ['no-data', 'not-ready', 'at-risk', 'on-track', 'ready'] as const;
export const DAY_KINDS = ['study', 'checkpoint', 'rest', 'buffer', 'exam'] as const;
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

export const findingSchema = z.lazy(() =>
  z.object({
    id: text,
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    title: text,
    evidence: z.array(text).check(z.minLength(1)),
    actions: z.array(text),
  }),
);
export type Finding = z.infer<typeof findingSchema>;

export const rankedAreaSchema = z.lazy(() =>
  z.object({
    rank: z.int().check(z.minimum(1)),
    slug: text,
    name: text,
    kind: z.enum(['discipline', 'system']),
    band: z.enum(['lower', 'same', 'higher', 'unknown']),
    weight: z.tuple([nonneg, nonneg]),
    priority: nonneg,
  }),
);
export type RankedArea = z.infer<typeof rankedAreaSchema>;

/** A task ID: Obsidian Tasks accepts [A-Za-z0-9_-]; retake writes eight lowercase base-36 characters. */
export const TASK_ID_PATTERN = /^[a-z0-9]{8}$/;

export const taskSchema = z.lazy(() =>
  z.object({
    /** Stable across regenerations while the task is unchanged (core/task-id.ts); set by buildPlan on every task. */
    id: z.optional(z.string().check(z.regex(TASK_ID_PATTERN))),
    type: z.enum(TASK_TYPES),
    minutes: z.int().check(z.minimum(1)),
    text: text,
    questions: z.optional(z.int().check(z.minimum(1))),
    areas: z.optional(z.array(text)),
    why: z.optional(text),
    /** Ticked in a plan file read back with --progress; `on` from its ✅ date. */
    done: z.optional(z.object({ on: z.optional(isoDate) })),
    /** A task carried forward from a missed or skipped day: it keeps its ID and names the day it left. */
    carried: z.optional(z.object({ from: isoDate })),
    /** On the day it left: where it went (`to` absent: it did not fit, see plan.rebalance). */
    moved: z.optional(z.object({ to: z.optional(isoDate) })),
  }),
);
export type Task = z.infer<typeof taskSchema>;

export const daySchema = z.lazy(() =>
  z.object({
    date: isoDate,
    weekday: text,
    kind: z.enum(DAY_KINDS),
    hours: nonneg,
    focus: z.array(text),
    tasks: z.array(taskSchema),
    notes: z.array(text),
    /** What the plan assumed to fit this day (a practice exam longer than the day's hours); also in notes. */
    assumed: z.optional(text),
    /** True on the last days before the exam or the plan's end. */
    taper: z.optional(z.boolean()),
    /** HH:MM when the day starts earlier than the student's usual start so it ends before the wind-down (core/clock.ts); also in notes. */
    startsAt: z.optional(text),
    /** A day marked lost with `retake skip`: its tasks moved on. */
    skipped: z.optional(z.object({ reason: z.optional(text) })),
  }),
);
export type Day = z.infer<typeof daySchema>;

export const checkpointSchema = z.lazy(() =>
  z.object({
    date: isoDate,
    kind: z.enum(CHECKPOINT_KINDS),
    name: text,
    questions: z.int().check(z.minimum(1)),
    fullLength: z.boolean(),
    /** The week-1 baseline. */
    baseline: z.optional(z.boolean()),
    /** The full test-day rehearsal (7 or 8 blocks). */
    rehearsal: z.optional(z.boolean()),
    /** Days the form is split over (sections on consecutive days), when one day cannot hold it. */
    days: z.optional(z.array(isoDate)),
    /** Set on a past checkpoint once a practice exam is logged for it: what was taken (maybe another form), when, and the score. */
    taken: z.optional(z.object({ date: isoDate, name: text, score: nonneg })),
  }),
);
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const weekSchema = z.lazy(() =>
  z.object({
    week: z.int().check(z.minimum(1)),
    start: isoDate,
    end: isoDate,
    phase: z.object({ id: text, name: text }),
    focus: z.object({ primary: z.array(text), secondary: z.array(text) }),
    why: text,
    /** Absent in a lead-in week without one and in an exam week with no room before the taper. */
    checkpoint: z.optional(checkpointSchema),
    days: z.array(daySchema).check(z.length(7)),
  }),
);
export type Week = z.infer<typeof weekSchema>;

export const readinessSchema = z.lazy(() =>
  z.object({
    status: z.enum(READINESS),
    gate: z.object({
      text: text,
      scale: z.enum(PRACTICE_SCALE_NAMES),
      lowPass: nonneg,
      target: nonneg,
      consecutive: z.int().check(z.minimum(1)),
      passProbability: nonneg,
    }),
    /** The line on the practice scale the probability is computed against, with its source. */
    line: z.object({ value: nonneg, source: text }),
    /** The probability `ready` needs on this attempt (0–1). */
    readyAt: z.number().check(z.minimum(0), z.maximum(1)),
    /** The date the probability is for: the exam date, or the plan's end. */
    horizon: isoDate,
    /** One plain sentence: "About N in 100 chance of passing if you sat on DATE." */
    headline: text,
    reasons: z.array(text),
    checkpointsRemaining: z.int().check(z.minimum(0)),
    /** Estimated probability (0–1) of passing on the horizon date (core/readiness-model.ts). */
    passProbability: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    /** Estimated level today on the practice scale with its 80% interval. */
    level: z.optional(z.object({ estimate: z.number(), low: z.number(), high: z.number() })),
    resultsUsed: z.optional(z.int().check(z.minimum(0))),
    firstExposureNbme: z.optional(z.boolean()),
    /** The student's own practice-vs-real over-prediction subtracted from each result. */
    personalOffset: z.optional(nonneg),
    latest: z.optional(z.object({ date: isoDate, name: text, score: nonneg })),
    /** Estimated growth in points per week (shrunk toward zero, capped). */
    trendPerWeek: z.optional(z.number()),
    /** The expected result on the horizon date. */
    projected: z.optional(z.number()),
    suggestedExamDate: z.optional(isoDate),
    taper: z.boolean(),
  }),
);
export type Readiness = z.infer<typeof readinessSchema>;

export const firstStepSchema = z.lazy(() => z.object({ id: text, when: text, text: text }));
export type FirstStep = z.infer<typeof firstStepSchema>;

export const resourcePlanSchema = z.lazy(() =>
  z.object({
    core: z.array(z.object({ slug: text, name: text, role: text, use: text, areas: z.array(text) })).check(z.maxLength(4)),
    setAside: z.array(text),
    notes: z.array(text),
  }),
);
export type ResourcePlan = z.infer<typeof resourcePlanSchema>;

export const protocolSchema = z.lazy(() => z.object({ id: text, name: text, how: text, findings: z.array(text) }));
export type Protocol = z.infer<typeof protocolSchema>;

/** A task that was missed and could not be carried forward, with the day it was planned for. */
export const unplacedSchema = z.lazy(() => z.object({ date: isoDate, id: z.string().check(z.regex(TASK_ID_PATTERN)), type: z.enum(TASK_TYPES), minutes: z.int().check(z.minimum(1)), text: text }));

export const rebalanceSchema = z.lazy(() =>
  z.object({
    /** Tasks carried into later days. */
    carried: z.int().check(z.minimum(0)),
    carriedMinutes: z.int().check(z.minimum(0)),
    unplaced: z.array(unplacedSchema),
    /** What to do about what did not fit; one sentence each, written from the result. */
    notes: z.array(text),
  }),
);
export type Rebalance = z.infer<typeof rebalanceSchema>;

/** How a booked exam date stands (core/booking.ts): `none` only inside the core, never in a plan. */
export const BOOKING_STATUSES = ['none', 'allowed', 'unchecked', 'ineligible', 'past'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** How long the plan runs and why: the verdict, the recommendation and the length decided. */
export const timelineSchema = z.lazy(() =>
  z.object({
    verdict: z.enum(TIMELINE_ORDER),
    recommendedWeeks: z.int(),
    planWeeks: z.int(),
    /** Set when readiness lengthened the plan: the length before. */
    extendedFrom: z.optional(z.int()),
    /** The study block the timeline asks for, when a booked or earliest-eligible date reshaped the plan around it. */
    blockWeeks: z.optional(z.int()),
    /** Set when the answers gave no score, distance, profile or practice score: the verdict is an assumption, not a reading. */
    assumed: z.optional(z.literal(true)),
    reasons: z.array(text),
  }),
);
export type Timeline = z.infer<typeof timelineSchema>;

/** A date of the student's own that waits on the result, read against when the result should arrive. */
export const MILESTONE_RISKS = ['clear', 'tight', 'at-risk'] as const;
export const milestoneSchema = z.lazy(() => z.object({ name: text, date: isoDate, risk: z.enum(MILESTONE_RISKS), note: text }));
export type Milestone = z.infer<typeof milestoneSchema>;

/** "Your story for applications": written from the diagnosis and the plan, never invented. */
export const storySchema = z.lazy(() =>
  z.object({
    intro: text,
    wentWrong: z.array(text),
    changed: z.array(text).check(z.minLength(1)),
    willShow: z.array(text).check(z.minLength(1)),
    notes: z.array(text),
  }),
);
export type Story = z.infer<typeof storySchema>;

export const planSchema = z.lazy(() =>
  z.object({
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
      /** Study hours per weekday (mon…sun) after the findings' limits. */
      availability: z.optional(z.record(z.string(), nonneg)),
      /** Weeks before the 8-week block when the exam is far away. */
      leadInWeeks: z.optional(z.int().check(z.minimum(0))),
      /** What the student asked for, when a finding changed it. */
      asked: z.optional(z.object({ hoursPerDay: nonneg, daysOffPerWeek: z.int() })),
      examDate: z.optional(isoDate),
      earliestEligible: z.optional(isoDate),
      /** The exam date as answered and how the plan treats it (core/booking.ts). */
      booking: z.optional(z.object({ date: isoDate, status: z.enum(BOOKING_STATUSES) })),
      /** The first day the plan prepares the student to sit: the usable booked date, else the day it recommends. Absent once a booked date has passed. */
      sitFrom: z.optional(isoDate),
      totals: z.object({ studyHours: nonneg, questions: z.int(), checkpoints: z.int() }),
    }),
    diagnosis: z.object({
      findings: z.array(findingSchema),
      timeline: timelineSchema,
      weakAreas: z.array(rankedAreaSchema),
    }),
    firstSteps: z.array(firstStepSchema),
    advisorMessage: text,
    resources: resourcePlanSchema,
    reviewProtocol: z.object({ title: text, steps: z.array(text) }),
    protocols: z.array(protocolSchema),
    readiness: readinessSchema,
    practiceExams: z.array(loggedExamSchema),
    sinceLastPlan: z.optional(z.object({ previousAsOf: isoDate, items: z.array(text) })),
    /** Unfinished and skipped work carried forward (core/rebalance.ts); present once progress is recorded. */
    rebalance: z.optional(rebalanceSchema),
    milestones: z.optional(z.array(milestoneSchema)),
    story: storySchema,
    weeks: z.array(weekSchema).check(z.minLength(1)),
  }),
);
export type Plan = z.infer<typeof planSchema>;

/**
 * What the calendar export remembers between plans (stored with the archived plan, not part
 * of the plan's YAML/JSON): per event UID the version last sent, so a regenerated calendar
 * raises SEQUENCE only for events that changed and cancels events that disappeared.
 */
export const calendarLedgerSchema = z.lazy(() =>
  z.object({
    /** The DTSTAMP last sent, YYYYMMDDTHHMMSSZ. */
    stamp: z.string().check(z.regex(/^\d{8}T\d{6}Z$/)),
    events: z.array(
      z.object({
        uid: text,
        sequence: z.int().check(z.minimum(0)),
        /** A hash of what the event says (times, title, description, alarm). */
        hash: text,
        /** The day the event falls on: events before the regenerated plan's first day are past and left alone. */
        date: isoDate,
        /** Enough to send the event again as cancelled: its DTSTART and DTEND lines and its title. */
        start: text,
        end: text,
        summary: text,
        cancelled: z.optional(z.boolean()),
      }),
    ),
  }),
);
export type CalendarLedger = z.infer<typeof calendarLedgerSchema>;

/**
 * What "Since your last plan" reads from the archived plan: validated on its own, so an
 * archive written by another version still diffs if these fields agree.
 */
export const previousPlanSchema = z.lazy(() =>
  z.object({
    asOf: isoDate,
    exam: z.enum(EXAMS),
    schedule: z.object({ weeks: z.int(), end: isoDate }),
    readiness: z.object({ status: z.enum(READINESS), suggestedExamDate: z.optional(isoDate) }),
    practiceExams: z.array(z.object({ date: isoDate, kind: z.enum(CHECKPOINT_KINDS), form: z.optional(z.string()), score: z.number() })),
    // A ledger this version cannot read costs the calendar its history, never the diff.
    calendar: z.catch(z.optional(calendarLedgerSchema), undefined),
    /** The fingerprint of the inputs the plan was made from (core/past.ts inputsFingerprint). */
    inputs: z.catch(z.optional(z.string()), undefined),
    diagnosis: z.object({ weakAreas: z.array(z.object({ slug: text, name: text, rank: z.int(), band: z.enum(['lower', 'same', 'higher', 'unknown']) })) }),
    weeks: z.array(
      z.object({
        week: z.int(),
        focus: z.object({ primary: z.array(text) }),
        days: z.array(z.object({ date: isoDate, kind: z.enum(DAY_KINDS), hours: nonneg, focus: z.array(text), skipped: z.optional(z.object({ reason: z.optional(text) })) })),
        /** The week's practice exam: a form planned ahead that moves is said (core/changes.ts). */
        checkpoint: z.catch(z.optional(z.object({ date: isoDate, name: text, taken: z.optional(z.object({ name: text })) })), undefined),
      }),
    ),
    rebalance: z.catch(z.optional(z.object({ carried: z.int(), unplaced: z.array(z.object({ id: text })) })), undefined),
  }),
);
export type PreviousPlan = z.infer<typeof previousPlanSchema>;

/**
 * The plan the student was following, as far as regeneration needs it: its days before today
 * are copied verbatim into the new plan (the past is fixed; core/past.ts).
 */
export const inForcePlanSchema = z.lazy(() =>
  z.object({
    asOf: isoDate,
    weeks: z.array(weekSchema),
    /** What did not fit when it was made: still owed within the carry window (core/rebalance.ts). */
    rebalance: z.optional(z.object({ unplaced: z.array(unplacedSchema) })),
  }),
);
export type InForcePlan = z.infer<typeof inForcePlanSchema>;
