import path from 'node:path';
import type { Config } from '../../config.ts';
import { localFileStore, type FileStore } from './storage.ts';
import { s3FileStore } from './s3.ts';

const stores = new WeakMap<object, FileStore>();

/** S3-compatible storage when S3_ENDPOINT and S3_BUCKET are set, else DATA_DIR/files. */
export function fileStoreFor(config: Pick<Config, 'dataDir' | 's3'>): FileStore {
  let store = stores.get(config);
  if (!store) {
    store = config.s3 ? s3FileStore(config.s3) : localFileStore(path.join(config.dataDir, 'files'));
    stores.set(config, store);
  }
  return store;
}
