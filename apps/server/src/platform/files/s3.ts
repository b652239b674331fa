import fs from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import type { FileStore } from './storage.ts';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Each path segment URL-encoded the way S3 expects (RFC 3986: also !'()*). */
const encodeKey = (key: string) =>
  key
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    )
    .join('/');

/**
 * An S3-compatible store (AWS, MinIO, Ceph, Viettel/VNPT object storage) with path-style
 * URLs (endpoint/bucket/key), which every such service accepts. Requests are signed with
 * Signature V4 by aws4fetch (a dependency-free signer over fetch) rather than the AWS SDK,
 * which would add megabytes for three calls.
 */
export function s3FileStore(cfg: S3Config, fetchImpl: typeof fetch = fetch): FileStore {
  const base = cfg.endpoint.replace(/\/+$/, '');
  const aws = new AwsClient({
    accessKeyId: cfg.accessKeyId,
    secretAccessKey: cfg.secretAccessKey,
    service: 's3',
    region: cfg.region,
  });
  async function send(
    method: 'PUT' | 'GET' | 'DELETE',
    key: string,
    body?: Uint8Array,
    type?: string,
  ) {
    const url = `${base}/${encodeURIComponent(cfg.bucket)}/${encodeKey(key)}`;
    const signed = await aws.sign(url, {
      method,
      headers: {
        // The payload's hash is signed too (aws4fetch would send UNSIGNED-PAYLOAD): the store
        // refuses a file altered on the way.
        'x-amz-content-sha256': createHash('sha256')
          .update(body ?? '')
          .digest('hex'),
        ...(type ? { 'content-type': type } : {}),
      },
      ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
    });
    const res = await fetchImpl(signed);
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) {
      throw new Error(`S3 ${method} ${key}: HTTP ${res.status} ${await res.text()}`);
    }
    return res;
  }
  return {
    kind: 's3',
    async put(key, body, contentType) {
      await send('PUT', key, body, contentType);
    },
    async putFile(key, sourcePath, contentType) {
      await send('PUT', key, new Uint8Array(await fs.readFile(sourcePath)), contentType);
      await fs.rm(sourcePath, { force: true });
    },
    async get(key) {
      return new Uint8Array(await (await send('GET', key)).arrayBuffer());
    },
    async delete(key) {
      await send('DELETE', key);
    },
  };
}
