// Every diagnosis rule, by category. To add a finding: write the rule in the file of its
// category (or a new file here), add its texts to templates/findings.yaml, list it below.
import { KNOWLEDGE_RULES } from './knowledge.js';
import { LOGISTICS_RULES } from './logistics.js';
import { METHOD_RULES } from './method.js';
import type { Rule } from './rule.js';
import { STRATEGY_RULES } from './strategy.js';
import { WELLBEING_RULES } from './wellbeing.js';

export type { Rule, RuleInput, RuleOutput } from './rule.js';

/** The engine sorts findings by severity, then category; within both, by this order. */
export const ALL_RULES: readonly Rule[] = [...KNOWLEDGE_RULES, ...METHOD_RULES, ...STRATEGY_RULES, ...WELLBEING_RULES, ...LOGISTICS_RULES];
