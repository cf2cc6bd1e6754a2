// Colour only for people: a TTY, unless NO_COLOR or --no-color; FORCE_COLOR wins when set.
import { Chalk, type ChalkInstance } from 'chalk';

export function colorLevel(argv: readonly string[], env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (argv.includes('--no-color')) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb' || !isTTY) return 0;
  return 1;
}

export function chalkFor(stream: NodeJS.WriteStream): ChalkInstance {
  return new Chalk({ level: colorLevel(process.argv, process.env, Boolean(stream.isTTY)) });
}
