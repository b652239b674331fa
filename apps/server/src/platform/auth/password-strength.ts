import fs from 'node:fs';
import path from 'node:path';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { checkPasswordStrength, foldVietnamese } from '@papi/domain';
import { VIETNAMESE_ZXCVBN } from './password-strength.vi.ts';
import { SHIPPED_DATA_DIR } from '../../paths.ts';

const LIST = path.join(SHIPPED_DATA_DIR, 'passwords/common-vi.txt');
/** zxcvbn's scale is 0–4; 3 is "safely unguessable" against an online attack. */
const MIN_SCORE = 3;

const readList = () =>
  fs
    .readFileSync(LIST, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

let shared: { zxcvbn: ZxcvbnFactory; vietnamese: Set<string> } | undefined;
// Built on first use: the dictionaries take a moment to load and most requests never need them.
function strength() {
  if (shared) return shared;
  const vietnamese = readList();
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, vietnamese },
    graphs: common.adjacencyGraphs,
    translations: VIETNAMESE_ZXCVBN,
  });
  shared = { zxcvbn, vietnamese: new Set(vietnamese) };
  return shared;
}

/** Lower case, no accents, đ→d, symbols kept: how the list is written ("123456a@"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
/** Only the letters: "Matkhau@2026" → "matkhau". */
const stem = (text: string) => fold(text).replace(/[^a-z]/g, '');
// "Tỉnh Sơn La" and "Sơn La" are both the unit's name; so is "sonla".
const LEVEL_WORDS = /^(tinh|thanh pho|phuong|xa|dac khu|huyen|quan|thi xa|thi tran)\s+/;

export interface PasswordOwner {
  username: string;
  /** The user's unit, e.g. "Sơn La" or "Tỉnh Sơn La". */
  unitNames?: string[];
}

/**
 * Vietnamese reasons a new password is refused, empty when it is acceptable: the house
 * rules (length, letters and digits, not the username), then the shipped list of common
 * passwords, the unit's name, and zxcvbn-ts's estimate of how guessable it is.
 */
export function assessPassword(password: string, owner: PasswordOwner): string[] {
  const problems = checkPasswordStrength(password, owner.username);
  if (problems.length > 0) return problems;
  const { zxcvbn, vietnamese } = strength();
  const units = (owner.unitNames ?? []).flatMap((name) => {
    const folded = foldVietnamese(name);
    return [folded, folded.replace(LEVEL_WORDS, '')];
  });
  if (vietnamese.has(fold(password)) || vietnamese.has(stem(password))) {
    return ['Mật khẩu này nằm trong danh sách mật khẩu phổ biến, rất dễ bị đoán.'];
  }
  if (units.some((u) => u.replace(/[^a-z]/g, '') === stem(password))) {
    return ['Mật khẩu không được chỉ là tên đơn vị kèm số hoặc ký hiệu.'];
  }
  const inputs = [owner.username, ...units, ...units.map((u) => u.replace(/\s+/g, '')), 'papihub'];
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_SCORE) return [];
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean);
  return [
    `Mật khẩu quá dễ đoán (độ mạnh ${result.score}/4, cần ít nhất ${MIN_SCORE}/4).${
      why.length ? ` ${why.join(' ')}` : ''
    } Nên dùng cụm vài từ ít gặp, ví dụ "Suoi-Mo-Cao-Nguyen-26".`,
  ];
}
