// `retake log` as a student uses it: each kind on its own scale per Step, duplicates refused,
// repeats warned, --undo; and the questions it asks on a terminal, answered through a script.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { askPracticeExam } from '../../src/interview/practice-exam.js';
import { loadDateReader, type DateReader } from '../../src/interview/parse-input.js';
import type { Choice, Prompter } from '../../src/interview/prompter.js';
import { retake } from './run.js';

const home = () => ({ RETAKE_HOME: join(mkdtempSync(join(tmpdir(), 'retake-log-')), 'data') });
const historyOf = (env: { RETAKE_HOME: string }) => readFileSync(join(env.RETAKE_HOME, 'history.json'), 'utf8');
const AS_OF = ['--as-of', '2026-11-27'];

describe('each kind on its own scale, kinds offered per Step', () => {
  it.each<[string, string, string[], RegExp]>([
    ['Step 1 UWSA: a three-digit prediction', 'step1', ['--kind', 'uwsa', '--form', '2', '--score', '230'], /Logged UWSA 2 on 2026-11-27: 230 \(1 in your history\)/],
    ['Step 1 NBME: EPC', 'step1', ['--kind', 'nbme', '--form', '30', '--score', '61', '--pass-probability', '38'], /Logged NBME 30 on 2026-11-27: 61%/],
    ['Step 1 Free 120: percent correct', 'step1', ['--kind', 'free120', '--score', '78'], /Logged Free 120 on 2026-11-27: 78%/],
    ['Step 2 CK Free 120: percent correct', 'step2ck', ['--kind', 'free120', '--score', '72'], /Logged Free 120 on 2026-11-27: 72%/],
    ['Step 2 CK CCSSA: three digits', 'step2ck', ['--kind', 'ccssa', '--form', '12', '--score', '224'], /Logged CCSSA 12 on 2026-11-27: 224/],
  ])('%s is accepted', (_, exam, args, message) => {
    const r = retake(['log', '--exam', exam, ...args, ...AS_OF], { env: home() });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(0);
  });

  it.each<[string, string, string[], RegExp]>([
    ['Step 1 NBME at 230', 'step1', ['--kind', 'nbme', '--score', '230'], /score: an NBME CBSSA on Step 1 reports an equated percent correct \(EPC\) from 0 to 100, got 230; a three-digit score is what a UWSA \(--kind uwsa\) reports/],
    ['Step 1 UWSA at 66 (a percent)', 'step1', ['--kind', 'uwsa', '--score', '66'], /score: a UWSA on Step 1 reports a predicted three-digit score from 100 to 300, got 66; a percent is what an NBME CBSSA \(--kind nbme\) or a Free 120 \(--kind free120\) reports/],
    ['a CCSSA on Step 1', 'step1', ['--kind', 'ccssa', '--score', '230'], /kind: ccssa \(NBME CCSSA\) is a USMLE Step 2 CK self-assessment, not a USMLE Step 1 one; choose one of nbme \(NBME CBSSA\), uwsa/],
    ['a CBSSA on Step 2 CK', 'step2ck', ['--kind', 'nbme', '--score', '230'], /kind: nbme \(NBME CBSSA\) is a USMLE Step 1 self-assessment, not a USMLE Step 2 CK one/],
    ['a pass probability on a UWSA', 'step1', ['--kind', 'uwsa', '--score', '230', '--pass-probability', '80'], /passProbability: UWSA reports no probability of passing/],
  ])('%s is refused: exit 2, nothing written', (_, exam, args, message) => {
    const env = home();
    const r = retake(['log', '--exam', exam, ...args, ...AS_OF], { env });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(() => historyOf(env)).toThrow(/ENOENT/);
  });
});

describe('duplicates and repeats', () => {
  it('the same kind, form and date twice is refused and the history is unchanged', () => {
    const env = home();
    expect(retake(['log', '--exam', 'step1', '--kind', 'nbme', '--form', '27', '--score', '61', ...AS_OF], { env }).code).toBe(0);
    const before = historyOf(env);
    const r = retake(['log', '--exam', 'step1', '--kind', 'nbme', '--form', 'Form 27', '--score', '63', ...AS_OF], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NBME Form 27 on 2026-11-27 is already in your history \(61%\); nothing was logged/);
    expect(historyOf(env)).toBe(before);
  });

  it('a form taken before is logged with a warning that its score is inflated', () => {
    const env = home();
    retake(['log', '--exam', 'step1', '--kind', 'nbme', '--form', '27', '--score', '61', '--date', '2026-11-01', ...AS_OF], { env });
    const r = retake(['log', '--exam', 'step1', '--kind', 'nbme', '--form', '27', '--score', '70', ...AS_OF], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/You had taken NBME 27 before, so this score is inflated .* does not count as a first-exposure NBME\./);
    expect(JSON.parse(historyOf(env)).entries).toHaveLength(2);
  });

  it('a form listed in the profile’s methods.formsTaken warns too', () => {
    const env = home();
    const answers = 'exam: step1\nattempt: 2\npreviousAttempts: [2026-10-20]\ndistanceFromPassing: close\nmethods: { formsTaken: [nbme 29, uwsa 1] }\nschedule: { start: 2026-11-30, hoursPerDay: 8 }\n';
    expect(retake(['plan', '--answers', '-', '--save', '--as-of', '2026-11-27'], { env, input: answers }).code).toBe(0);
    const r = retake(['log', '--kind', 'uwsa', '--form', '1', '--score', '225', ...AS_OF], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/You had taken UWSA 1 before, so this score is inflated/);
    expect(r.stderr).not.toMatch(/first-exposure NBME\./);
  });
});

describe('--undo', () => {
  it('without a terminal it needs --yes; with it, the newest entry goes and nothing else changes', () => {
    const env = home();
    retake(['log', '--exam', 'step1', '--kind', 'nbme', '--form', '27', '--score', '61', '--date', '2026-11-20', ...AS_OF], { env });
    const one = historyOf(env);
    retake(['log', '--exam', 'step1', '--kind', 'uwsa', '--form', '1', '--score', '221', '--date', '2026-11-10', ...AS_OF], { env });
    const asked = retake(['log', '--undo'], { env });
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/retake log --undo asks before removing UWSA 1 on 2026-11-10: 221; pass --yes/);
    const r = retake(['log', '--undo', '--yes'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Removed UWSA 1 on 2026-11-10: 221 \(1 left in your history\)/);
    expect(JSON.parse(historyOf(env))).toEqual(JSON.parse(one));
  });

  it('refuses an empty history and entry options', () => {
    const env = home();
    expect(retake(['log', '--undo', '--yes'], { env }).stderr).toMatch(/nothing to undo: your practice history is empty/);
    expect(retake(['log', '--undo', '--yes', '--score', '60'], { env }).stderr).toMatch(/--undo removes the newest entry and takes no entry options \(got --score\)/);
  });
});

describe('the questions on a terminal', () => {
  let readDate: DateReader;
  beforeAll(async () => {
    readDate = await loadDateReader();
  });

  /** A Prompter answered from a list; a rejected input is recorded and the next answer tried. */
  function scripted(answers: (string | string[])[]) {
    const queue = [...answers];
    const log = { asked: [] as string[], rejected: [] as string[], choices: new Map<string, string[]>() };
    const next = (message: string) => {
      log.asked.push(message);
      if (!queue.length) throw new Error(`no scripted answer for "${message}"`);
      return queue.shift()!;
    };
    const prompt: Prompter = {
      width: 100,
      async select<T extends string>(q: { message: string; choices: Choice<T>[] }) {
        log.choices.set(q.message, q.choices.map((c) => c.value));
        return next(q.message) as T;
      },
      async checkbox<T extends string>(q: { message: string; choices: Choice<T>[] }) {
        log.choices.set(q.message, q.choices.map((c) => c.value));
        return next(q.message) as T[];
      },
      async input(q: { message: string; default?: string; validate?: (v: string) => true | string }) {
        for (;;) {
          const a = next(q.message) as string;
          const v = a === '' ? (q.default ?? '') : a;
          const ok = q.validate ? q.validate(v) : true;
          if (ok === true) return v;
          log.rejected.push(ok);
        }
      },
      async confirm() {
        return Boolean(next('confirm'));
      },
      say: () => undefined,
    };
    return { prompt, log, left: () => queue.length };
  }

  it('Step 1: offers the Step 1 kinds, re-asks a typo and a score off the scale, then asks pass probability and weak areas', async () => {
    const s = scripted(['nbme', '30', 'yesterday', '6l', '230', '61%', '38', ['pharmacology', 'renal']]);
    const out = await askPracticeExam({ prompt: s.prompt, exam: 'step1', today: '2026-11-27', readDate }, {});
    expect(out).toEqual({ kind: 'nbme', form: '30', date: '2026-11-26', score: '61', passProbability: '38', weak: 'pharmacology,renal' });
    expect([...s.log.choices.values()][0]).toEqual(['nbme', 'uwsa', 'free120', 'other']);
    expect(s.log.rejected).toEqual([
      'Please enter an equated percent correct (EPC) from 0 to 100, written like 63 or 63%.',
      'An NBME CBSSA on Step 1 reports an equated percent correct (EPC) from 0 to 100, got 230; a three-digit score is what a UWSA (--kind uwsa) reports.',
    ]);
    expect(s.left()).toBe(0);
  });

  it('Step 2 CK: a Free 120 has one form and no pass probability; a future date is asked again', async () => {
    const s = scripted(['free120', 'tomorrow', '', '72', []]);
    const out = await askPracticeExam({ prompt: s.prompt, exam: 'step2ck', today: '2026-11-27', readDate }, {});
    expect(out).toEqual({ date: '2026-11-27', kind: 'free120', score: '72' });
    expect([...s.log.choices.values()][0]).toEqual(['ccssa', 'uwsa', 'free120', 'other']);
    expect(s.log.rejected).toEqual(['Please enter one date on or before today (2026-11-27).']);
    expect(s.log.asked.some((m) => /Form|probability/.test(m))).toBe(false);
  });

  it('asks only for what the flags left out', async () => {
    const s = scripted(['229']);
    const out = await askPracticeExam({ prompt: s.prompt, exam: 'step1', today: '2026-11-27', readDate }, { kind: 'uwsa', form: '2', date: '2026-11-20', weak: 'pharm' });
    expect(out).toEqual({ score: '229' });
  });
});
