// Knowledge rules: which areas are weak, what practice exams moved, cross-area patterns.
import { areaBySlug } from '../../content/areas.js';
import { PATTERNS } from '../../content/rules.js';
import { counted, joinWords } from '../../content/texts.js';
import type { RankedArea } from '../../schema/plan.js';
import { leadAreas } from '../focus.js';
import { isWeak } from '../rank.js';
import { T, TL, finding, found, type Rule } from './rule.js';

const weakAreas: Rule = ({ answers, today, weakAreas: ranked, focus }) => {
  // Evidence quotes the score report as entered; the ranking may also reflect practice exams.
  const reported = (band: string) => ranked.filter((r) => (r.kind === 'discipline' ? answers.performance?.disciplines : answers.performance?.systems)?.[r.slug] === band);
  const lower = reported('lower');
  const same = reported('same');
  if (!lower.length && !same.length) return null;
  const names = (rs: readonly RankedArea[]) => joinWords(rs.map((r) => r.name));
  const evidence: string[] = [];
  if (lower.length) evidence.push(T('weak-areas.evidence.lower', { areas: names(lower) }));
  if (same.length) evidence.push(T('weak-areas.evidence.same', { areas: names(same) }));
  // In the order the weeks take them (focus.ts), so the finding names what the weeks lead with.
  // The weakest first (below a low pass), each group in the order the weeks take it.
  const ahead = leadAreas(focus);
  const lead = [...ahead.filter((r) => r.band === 'lower'), ...ahead.filter((r) => r.band !== 'lower' && isWeak(r))];
  // The weeks as built (diagnosis.focus): once the plan has begun, the week that holds today
  // keeps the focus it began with and the practice exams' changes lead from the next week, so
  // the sentence names the two apart rather than one list that mixes them.
  const firstWeeks = leadAreas(focus.slice(0, 2)).slice(0, 4);
  const current = focus[0]?.primary ?? [];
  const next = leadAreas(focus.slice(1, 3)).filter((r) => !current.some((c) => c.slug === r.slug)).slice(0, 4);
  // (On the first day a plan is new: its first weeks are all still ahead.)
  const begun = today > answers.schedule.start && focus.length > 1 && next.length > 0;
  const leading = begun ? [...current, ...next] : firstWeeks;
  // Secondary: systems not already leading those weeks, so no area is named as both.
  const secondary = ranked.filter((r) => r.kind === 'system' && r.band !== 'lower' && r.band !== 'higher' && !leading.some((l) => l.slug === r.slug)).slice(0, 4);
  const vars = {
    top: names(lead.slice(0, 3)),
    lead: begun ? T('weak-areas.lead.begun', { current: names(current), next: names(next) }) : T('weak-areas.lead.start', { first: names(firstWeeks) }),
    secondary: secondary.length ? names(secondary) : T('weak-areas.noSecondary'),
  };
  return found(finding('weak-areas', 'knowledge', lower.length ? 'high' : 'moderate', evidence, TL('weak-areas.actions', vars), vars));
};

const practiceUpdate: Rule = ({ answers, adaptation }) => {
  if (!adaptation?.moves.length) return null;
  const group = (why: string) => adaptation.moves.filter((m) => m.why === why).map((m) => areaBySlug(answers.exam, m.slug).name);
  const evidence: string[] = [];
  const actions: string[] = [];
  for (const why of ['persistent', 'new', 'unflagged'] as const) {
    const areas = group(why);
    if (!areas.length) continue;
    evidence.push(counted('findings', `practice-update.evidence.${why}`, areas.length, { areas: joinWords(areas), source: adaptation.source ?? '' }));
    actions.push(counted('findings', `practice-update.actions.${why}`, areas.length, { areas: joinWords(areas) }));
  }
  return found(finding('practice-update', 'knowledge', group('persistent').length ? 'high' : 'moderate', evidence, actions));
};

const noProfile: Rule = ({ answers, adaptation }) => {
  if (adaptation?.moves.length) return null;
  const known = Object.keys(answers.performance?.disciplines ?? {}).length + Object.keys(answers.performance?.systems ?? {}).length;
  if (known) return null;
  return found(finding('no-profile', 'knowledge', 'info', [T('no-profile.evidence.missing')], TL('no-profile.actions')));
};

const pattern: Rule = ({ answers, weakAreas: ranked }) => {
  const lower = new Set(ranked.filter((r) => r.band === 'lower').map((r) => r.slug));
  const findings = PATTERNS.filter((p) => p.exam === answers.exam && p.areas.every((s) => lower.has(s))).map((p) => {
    const vars = { areas: joinWords(p.areas.map((s) => areaBySlug(answers.exam, s).name)), all: T(p.areas.length === 2 ? 'pattern.words.both' : 'pattern.words.all') };
    return { ...finding('pattern', 'knowledge', 'moderate', [T('pattern.evidence.both', vars)], [T(`pattern.actions.${p.id}`)], vars), id: `pattern-${p.id}` };
  });
  return findings.length ? { findings } : null;
};

export const KNOWLEDGE_RULES: readonly Rule[] = [weakAreas, practiceUpdate, noProfile, pattern];
