import { foldVietnamese } from '@papi/domain';

/** "Hồ sơ Sơn La 2023" → "ho-so-son-la-2023": safe on every file system. */
export function fileSlug(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, '-') || 'papi';
}

export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
