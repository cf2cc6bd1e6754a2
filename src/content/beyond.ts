// Facts about the path beyond the exam: when a result arrives, how USMLE testing
// accommodations are decided, and what programs see. Each figure with its source and
// confidence (shared/domain.md, "Beyond the exam"); logic reads them from here.

/**
 * Results of Step 1 and Step 2 CK usually arrive 3–4 weeks after the test date; allow up to
 * about 8 weeks. [secondary: prep sites quoting usmle.org "Score reporting"] The upper figure
 * is "about", so plans say "about" too.
 */
export const RESULT_WAIT = {
  usualMinDays: 21,
  usualMaxDays: 28,
  longestDays: 56,
  source: 'usmle.org score reporting, via prep sites (secondary): usually 3–4 weeks, up to about 8',
} as const;

/**
 * USMLE testing accommodations are decided by NBME Disability Services, not by the school:
 * requested with a current exam registration, with documentation of current functional
 * impairment (for ADHD or a learning difference, records from childhood too); review takes
 * about 60 business days, and the eligibility period must have at least 60 days left.
 * [official: usmle.org / NBME Disability Services]
 */
export const ACCOMMODATIONS_PROCESS = {
  reviewBusinessDays: 60,
  eligibilityDaysLeft: 60,
  source: 'usmle.org test accommodations; NBME Disability Services (official)',
} as const;

export const ACCOMMODATIONS = ['none', 'have', 'suspect'] as const;
export type Accommodations = (typeof ACCOMMODATIONS)[number];

/**
 * The story for applications: which findings give a line under "what went wrong", and which
 * "what I changed" line (templates/beyond.yaml, story.changed) each one's plan change reads as
 * (null: no change of its own to tell). Programs want a brief account, so at most `maxCauses`
 * lines, the most severe first.
 */
export const STORY = {
  maxCauses: 4,
  causes: {
    'weak-areas': 'weak-areas',
    'passive-learning': 'questions',
    'too-few-questions': 'questions',
    'short-review': 'short-review',
    'no-timed-random': 'no-timed-random',
    'no-practice-exams': null,
    'over-predicted': 'over-predicted',
    'resource-overload': 'resource-overload',
    cramming: 'cramming',
    'ran-out-of-time': 'ran-out-of-time',
    'mind-went-blank': 'anxiety',
    'test-anxiety': 'anxiety',
    burnout: 'rest',
    'short-sleep': 'rest',
    stressors: null,
  } as Record<string, string | null>,
  /**
   * A cause enters the story only at this finding severity or above: the finding's own thresholds
   * (content/rules.ts) decide, so a moderate rating (burnout 5 of 10: "Some wear to watch") is
   * never told as a confession ("I was worn out"). Causes not listed enter at any severity.
   */
  minSeverity: {
    burnout: 'high',
  } as Record<string, 'critical' | 'high' | 'moderate' | 'info'>,
} as const;
