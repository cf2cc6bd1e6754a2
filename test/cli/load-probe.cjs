// Preloaded with `node --require` by the privacy test: records which of Node's own modules
// the process loaded, at exit.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.RETAKE_LOADED_OUT, process.moduleLoadList.join('\n'));
});
