#!/usr/bin/env node
'use strict';
// Starts retake. The bundle (dist/retake.cjs) runs through vm.Script with a V8 code cache:
// Node 20 has no module compile cache, and compiling the bundle is a large part of start-up.
// V8 checks little more than the source's length before using cached code, so the cache is
// keyed by a SHA-256 of the exact bytes about to be compiled (about 1 ms): a changed bundle
// never runs stale code. The folder must be a real folder owned by this user and private
// (0700), or the cache is not used; files are written under random exclusive temp names.
// Cache: $XDG_CACHE_HOME/retake, else ~/.cache/retake (Windows: %LOCALAPPDATA%\retake-cache).
// It holds compiled code only, never answers or plans; if missing, stale or unusable, retake
// runs without it. RETAKE_NO_CODE_CACHE=1 turns it off.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'retake.cjs');
const source = fs.readFileSync(file);
const code = source.toString('utf8');
let cache;
let cachedData;
if (!process.env.RETAKE_NO_CODE_CACHE) {
  try {
    cache = openCache();
    if (cache) cachedData = readOwn(cache.file);
  } catch {
    // first run of this command: compile, then save the cache at exit
  }
}
const script = new vm.Script(Module.wrap(code), { filename: file, cachedData });
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
if (cache && (!cachedData || script.cachedDataRejected)) process.once('exit', () => save(cache, script.createCachedData()));
mod.exports.main(process.argv);

function openCache() {
  const os = require('node:os');
  const win = process.platform === 'win32';
  const dir = win
    ? path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'retake-cache')
    : path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'retake');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.lstatSync(dir);
  // Another user's folder, or one others can write to, could feed this process their code.
  if (!st.isDirectory() || (!win && (st.uid !== process.getuid() || (st.mode & 0o077) !== 0))) return undefined;
  const hash = require('node:crypto').createHash('sha256').update(source).digest('hex').slice(0, 32);
  // One cache per command, so each holds the code its command compiles.
  const command = /^[a-z]+$/.test(process.argv[2] || '') ? process.argv[2] : 'other';
  return { dir, hash, file: path.join(dir, `${process.version}-${process.arch}-${hash}-${command}.v8cache`) };
}

function readOwn(name) {
  const fd = fs.openSync(name, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || (process.platform !== 'win32' && st.uid !== process.getuid())) return undefined;
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function save(c, data) {
  const tmp = path.join(c.dir, `.${require('node:crypto').randomBytes(12).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, c.file);
    // Caches of earlier bundles are dead weight.
    for (const f of fs.readdirSync(c.dir)) if (f.endsWith('.v8cache') && !f.includes(c.hash)) fs.unlinkSync(path.join(c.dir, f));
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created
    }
    // a cache is an optimisation: never fail because of it
  }
}
