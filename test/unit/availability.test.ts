import { describe, expect, it } from 'vitest';
import { studyDayHours } from '../../src/core/availability.js';
import { buildPlan } from '../../src/core/plan.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { TODAY, makeAnswers } from '../helpers.js';

describe('the schedule summary says the week truly', () => {
  it.each<[string, Record<string, number> | undefined, number, string]>([
    ['the same every study day', { mon: 8, tue: 8, sun: 0 }, 8, '8'],
    ['varying by weekday', { mon: 4, tue: 4, sat: 6, sun: 0 }, 8, '4–6'],
    ['no week given', undefined, 7, '7'],
  ])('%s', (_, week, fallback, expected) => expect(studyDayHours(week, fallback)).toBe(expected));

  it('a student with 4 h on weekdays and 6 on Saturday reads "4–6 h a day · 1 rest day a week"', () => {
    const a = makeAnswers({ schedule: { availability: { mon: 4, tue: 4, wed: 4, thu: 4, fri: 4, sat: 6, sun: 0 } } });
    expect(renderMarkdown(buildPlan(a, TODAY))).toMatch(/· 4–6 h a day · 1 rest day a week/);
  });
});
