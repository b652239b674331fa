import { createHash, createHmac } from 'node:crypto';
import type { FileStore } from './storage.ts';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data).digest();
const encodeKey = (key: string) =>
  key
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    )
    .join('/');

/**
 * An S3-compatible store (AWS, MinIO, Ceph, Viettel/VNPT object storage) over plain HTTP
 * with Signature V4, path-style URLs (endpoint/bucket/key), which every such service accepts.
 */
export function s3FileStore(cfg: S3Config, fetchImpl: typeof fetch = fetch): FileStore {
  const base = cfg.endpoint.replace(/\/+$/, '');
  async function send(
    method: 'PUT' | 'GET' | 'DELETE',
    key: string,
    body?: Uint8Array,
    type?: string,
  ) {
    const url = new URL(`${base}/${encodeURIComponent(cfg.bucket)}/${encodeKey(key)}`);
    const now = new Date();
    const amzDate = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const payloadHash = sha256(body ?? '');
    const headers: Record<string, string> = {
      host: url.host,
      'x-amz-content-sha256': payloadHash,
      'x-amz-date': amzDate,
    };
    const signed = Object.keys(headers).sort();
    const canonical = [
      method,
      url.pathname,
      '',
      ...signed.map((h) => `${h}:${headers[h]}`),
      '',
      signed.join(';'),
      payloadHash,
    ].join('\n');
    const scope = `${day}/${cfg.region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    const key4 = hmac(
      hmac(hmac(hmac(`AWS4${cfg.secretAccessKey}`, day), cfg.region), 's3'),
      'aws4_request',
    );
    const signature = createHmac('sha256', key4).update(toSign).digest('hex');
    const { host: _host, ...rest } = headers;
    const res = await fetchImpl(url, {
      method,
      headers: {
        ...rest,
        ...(type ? { 'content-type': type } : {}),
        authorization: `AWS4-HMAC-SHA256 Credential=${cfg.accessKeyId}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`,
      },
      ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
    });
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
    async get(key) {
      return new Uint8Array(await (await send('GET', key)).arrayBuffer());
    },
    async delete(key) {
      await send('DELETE', key);
    },
  };
}

/** The signature of a request as a server checks it (tests' fake S3 uses this). */
export const s3SigningParts = { sha256, hmac, encodeKey };
