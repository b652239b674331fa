import { foldVietnamese } from '@papi/domain';
import { ApiError, errorFrom } from '../../api/client.ts';
import { translate } from '../../i18n/index.ts';

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

/** The file name from a Content-Disposition header (RFC 5987 `filename*` first). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Malformed escape: use the plain name below.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * Fetches a server-made file and saves it; a refusal (e.g. 501 "no PDF converter")
 * is thrown as an ApiError carrying the server's Vietnamese message.
 */
export async function fetchAndSave(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', translate('api.network'));
  }
  if (!response.ok) throw await errorFrom(response);
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  downloadBlob(await response.blob(), name);
}
