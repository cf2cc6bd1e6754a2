#!/usr/bin/env node
// The package's command: runs the bundled CLI (built by `npm run build` into dist/).
import { main } from '../dist/cli.js';

main(process.argv);
