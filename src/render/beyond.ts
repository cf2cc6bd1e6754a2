// The Markdown parts about the path beyond the exam: the student's own dates at a glance and
// "Your story for applications". Plan → lines; they never print.
import { text } from '../content/texts.js';
import { formatLong } from '../lib/dates.js';
import type { Plan } from '../schema/plan.js';

const B = (key: string) => text('beyond', key);

/** One line in "At a glance" listing the student's own dates, when there are any. */
export function renderMilestonesLine(plan: Plan): string[] {
  const ms = plan.milestones ?? [];
  if (!ms.length) return [];
  return [`- **${B('markdown.milestones')}:** ${ms.map((m) => `${m.name}, ${formatLong(m.date)} (${m.note})`).join('; ')}`];
}

export function renderStory(plan: Plan): string[] {
  const s = plan.story;
  const lines = [`## ${B('story.title')}`, '', s.intro, ''];
  const part = (heading: string, items: string[]) => {
    lines.push(`**${B(heading)}**`, '');
    for (const i of items) lines.push(`- ${i}`);
    lines.push('');
  };
  part('story.wentWrongHeading', s.wentWrong);
  part('story.changedHeading', s.changed);
  part('story.willShowHeading', s.willShow);
  part('story.notesHeading', s.notes);
  return lines;
}
