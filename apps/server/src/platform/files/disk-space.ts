import fs from 'node:fs/promises';
import type { Config } from '../../config.ts';

const GB = 1024 ** 3;
const gb = (n: number) => `${(n / GB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} GB`;

/**
 * Free space where the data lives (the PGlite database, evidence files, backups), from
 * statfs: cheap enough for every health probe.
 */
export async function diskSpace(config: Config) {
  await fs.mkdir(config.dataDir, { recursive: true });
  const s = await fs.statfs(config.dataDir);
  const freeBytes = s.bavail * s.bsize;
  const totalBytes = s.blocks * s.bsize;
  const low = freeBytes < config.diskMinFreeBytes;
  return {
    freeBytes,
    totalBytes,
    low,
    message: low
      ? `Thư mục dữ liệu chỉ còn trống ${gb(freeBytes)} (ngưỡng cảnh báo ${gb(config.diskMinFreeBytes)}): cần giải phóng dung lượng, nếu hết chỗ việc lưu sẽ bị từ chối (lỗi 507).`
      : null,
  };
}
