// Loaded into each soak server process (node --import): the soak asks for the process's
// memory with SIGUSR2 and gets one `SOAK_MEMORY {json}` line on stdout, with the heap both
// as found and after a full collection (a leak shows in the second; garbage only in the
// first). Nothing here is part of the server: the soak adds it.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;

process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  gc();
  const after = process.memoryUsage();
  const line = {
    rss: mb(before.rss),
    heapTotal: mb(before.heapTotal),
    heapUsed: mb(before.heapUsed),
    external: mb(before.external),
    arrayBuffers: mb(before.arrayBuffers),
    heapUsedAfterGc: mb(after.heapUsed),
  };
  process.stdout.write(`SOAK_MEMORY ${JSON.stringify(line)}\n`);
});
