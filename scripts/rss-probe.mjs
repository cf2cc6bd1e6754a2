// Loaded with `node --import` by the benchmark: records the process's peak RSS (KB) at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.RETAKE_RSS_OUT) writeFileSync(process.env.RETAKE_RSS_OUT, String(process.resourceUsage().maxRSS));
});
