/**
 * The 2025 restructuring of provincial departments, shipped as data
 * (data/agencies/restructuring-2025.json, see its SOURCE.md), read once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Restructuring } from '@papi/domain';
import { SHIPPED_DATA_DIR } from '../../paths.ts';

const FILE = path.join(SHIPPED_DATA_DIR, 'agencies/restructuring-2025.json');

let table: Restructuring | null = null;

export function restructuring2025(): Restructuring {
  table ??= JSON.parse(readFileSync(FILE, 'utf8')) as Restructuring;
  return table;
}
