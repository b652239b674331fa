/** Types of ensure-built.mjs (plain JavaScript: `npm start` runs it without a TypeScript loader). */
export const SERVER_MAIN: string;
export function ensureBuilt(): Promise<void>;
