// Constants of the coaching around the plan (core/guidance.ts); the words are in templates/guidance.yaml.

/**
 * The first steps (within 48 hours: advisor, booking, forms) are shown for the plan's first
 * week only: by then they are done or overtaken, and a returning student needs today's tasks,
 * not a to-do list from the day the plan was made [heuristic]. Read by the plan (core/plan.ts)
 * and thereby by every view of it.
 */
export const FIRST_STEPS_DAYS = 7;
