// HTTP load generator for `npm run bench`, in a worker thread so that building requests and
// reading responses does not run on the server's event loop. Plain JavaScript on purpose:
// a worker entry must load without the TypeScript loader. Loopback only, bounded in count
// and time.
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

/**
 * @typedef {{ id: number, port: number, paths: string[], cookie: string, concurrency: number,
 *             maxRequests: number, maxMs: number, headers?: Record<string, string> }} Job
 */

/** @param {http.Agent} agent @param {Job} job @param {string} path */
function once(agent, job, path) {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: job.port,
        path,
        agent,
        headers: { cookie: job.cookie, ...job.headers },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      },
    );
    req.on('error', () => resolve({ status: 0, bytes: 0 }));
    req.end();
  });
}

/** @param {Job} job */
async function run(job) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const samples = [];
  const statuses = {};
  let issued = 0;
  let bytes = 0;
  const start = performance.now();
  const deadline = start + job.maxMs;
  const lane = async () => {
    while (issued < job.maxRequests && performance.now() < deadline) {
      const i = issued++;
      const t = performance.now();
      const r = await once(agent, job, job.paths[i % job.paths.length]);
      samples.push(performance.now() - t);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      bytes += r.bytes;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, lane));
  const elapsedMs = performance.now() - start;
  agent.destroy();
  return { id: job.id, samples, statuses, bytes, elapsedMs };
}

parentPort?.on('message', (/** @type {Job | { stop: true }} */ msg) => {
  if ('stop' in msg) {
    parentPort?.close();
    return;
  }
  void run(msg).then((result) => parentPort?.postMessage(result));
});
