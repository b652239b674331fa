import { describe, expect, it } from 'vitest';
import { formatBytes } from './files.ts';

describe('file sizes', () => {
  it('uses Vietnamese decimals in Vietnamese and English ones in English', () => {
    expect(formatBytes(900, 'vi')).toBe('900 B');
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB');
    expect(formatBytes(2_500_000, 'vi')).toBe('2,4 MB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.4 MB');
  });
});
