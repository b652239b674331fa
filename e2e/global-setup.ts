import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../scripts/test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts the real server (built web app, fresh PGlite data with demo accounts). */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') {
      throw new Error(`Chromium không có tại ${CHROMIUM}: CI bắt buộc chạy kiểm thử trình duyệt.`);
    }
    console.warn(
      `\n*** BỎ QUA kiểm thử trình duyệt: không có Chromium tại ${CHROMIUM} ` +
        '(cài: apt-get install -y chromium). Browser tests SKIPPED. ***\n',
    );
    project.provide('chromiumPath', '');
    project.provide('baseUrl', '');
    return;
  }
  // Its clock starts at the server tests' fixed instant (scripts/test-server.ts).
  const server = await startServer();
  project.provide('chromiumPath', CHROMIUM);
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
