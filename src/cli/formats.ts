// The plan's output formats, in one list: the --format choices and the files --out writes
// (JSON goes to standard output only). Names only, so the command line loads no renderer;
// plan-command.ts's render() turns each into text.
export const PLAN_FORMATS = [
  { format: 'markdown', file: 'plan.md' },
  { format: 'yaml', file: 'plan.yaml' },
  { format: 'json' },
  { format: 'ics', file: 'plan.ics' },
  { format: 'org', file: 'plan.org' },
  { format: 'todoist', file: 'plan-todoist.csv' },
] as const;

export type PlanFormat = (typeof PLAN_FORMATS)[number]['format'];
