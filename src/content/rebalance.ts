// How missed work is carried forward (core/rebalance.ts). Buffer days exist for this: the
// week's catch-up slot takes missed work first (Cram Fighter-style rebalancing of overdue
// tasks); study days lend part of their content review to missed questions and checkpoint
// reviews only, since active retrieval on questions outranks rereading (Dunlosky et al. 2013,
// practice testing "high utility", rereading "low").

/**
 * The carry window: work missed on a day may be carried into the days up to this many days
 * after it; what does not fit is named, and after the window it is let go and said so. Counted
 * from the missed day, so remaking the plan later never finds room an earlier plan did not.
 */
export const CARRY_HORIZON_DAYS = 14;

/** The share of a study day's content review that carried questions or reviews may take. */
export const CONTENT_SHARE = 0.5;

/**
 * Order of carrying, most important first: the review of a practice exam, then question
 * blocks with their explanations, then content review. Types not listed are not carried:
 * flashcards (the card app reschedules due cards itself), the day's drills, the catch-up
 * slot (it is where carried work goes) and practice exams (the next checkpoint stands in).
 */
export const CARRY_RANK = { 'incorrects-review': 0, questions: 1, explanations: 1, content: 2 } as const;

/** Carried work of this rank or more important may take a study day's content time. */
export const DISPLACES_CONTENT = 1;

/** Why a day was lost (retake skip --reason): for the student's own record; every reason is carried the same way. */
export const SKIP_REASONS = ['sick', 'family', 'work', 'travel', 'rest', 'other'] as const;
