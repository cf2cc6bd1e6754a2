#!/usr/bin/env node
'use strict';
// Starts retake. The bundle (dist/retake.cjs) runs through vm.Script with a V8 code cache in
// $XDG_CACHE_HOME/retake (else ~/.cache/retake): Node 20 has no module compile cache (Node 22's
// module.enableCompileCache does the same), and compiling the bundle was most of start-up.
// The cache holds compiled code only, never answers or plans; if it is missing, stale or
// unwritable, retake runs without it. RETAKE_NO_CODE_CACHE=1 turns it off.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'retake.cjs');
const source = fs.readFileSync(file, 'utf8');
let cachePath;
let cachedData;
if (!process.env.RETAKE_NO_CODE_CACHE) {
  const base = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
  // One cache per command, so each holds the code its command compiles.
  const command = /^[a-z]+$/.test(process.argv[2] || '') ? process.argv[2] : 'other';
  cachePath = path.join(base, 'retake', `${process.version}-${process.arch}-${source.length}-${command}.v8cache`);
  try {
    cachedData = fs.readFileSync(cachePath);
  } catch {
    // first run of this command: compile, then save the cache at exit
  }
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
if (cachePath && (!cachedData || script.cachedDataRejected)) {
  process.once('exit', () => {
    try {
      fs.mkdirSync(path.dirname(cachePath), { recursive: true, mode: 0o700 });
      const tmp = `${cachePath}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, cachePath);
    } catch {
      // a cache is an optimisation: never fail because of it
    }
  });
}
mod.exports.main(process.argv);
