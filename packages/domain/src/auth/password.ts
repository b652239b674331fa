import { foldVietnamese } from '../text/fold.ts';

export const PASSWORD_MIN_LENGTH = 10;

/** Returns Vietnamese reasons a new password is refused; empty when acceptable. */
export function checkPasswordStrength(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password))
    problems.push('Mật khẩu phải có cả chữ và số.');
  if (username && foldVietnamese(password).includes(foldVietnamese(username)))
    problems.push('Mật khẩu không được chứa tên đăng nhập.');
  return problems;
}
