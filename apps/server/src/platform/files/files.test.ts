import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { createHash, createHmac } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { localFileStore } from './storage.ts';
import { s3FileStore } from './s3.ts';
import { sniff, zipEntryNames } from './sniff.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'papi-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('local file store', () => {
  const store = localFileStore(dir);
  it('puts, gets and deletes bytes under DATA_DIR/files', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    await store.put('evidence/2026/06/a', bytes, 'application/pdf');
    expect(await store.get('evidence/2026/06/a')).toEqual(bytes);
    await store.delete('evidence/2026/06/a');
    await expect(store.get('evidence/2026/06/a')).rejects.toThrow();
    await store.delete('evidence/2026/06/a'); // deleting twice is fine
  });
  it('refuses keys that leave its directory', async () => {
    await expect(store.put('../ngoai', new Uint8Array(1), 'x')).rejects.toThrow('Khóa tệp');
  });
});

describe('S3 file store', () => {
  const secret = 'bi-mat';
  const objects = new Map<string, Buffer>();
  /** A tiny S3 stand-in that checks the Signature V4 of every request. */
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const auth = String(req.headers.authorization);
      const [, credential, signed, signature] =
        /Credential=([^,]+), SignedHeaders=([^,]+), Signature=(\w+)/.exec(auth) ?? [];
      const [, day, region] = credential!.split('/');
      const names = signed!.split(';');
      // As S3 does: the canonical request carries the declared payload hash, which must be
      // the body's unless the client chose not to sign the payload.
      const declared = String(req.headers['x-amz-content-sha256']);
      const actual = createHash('sha256').update(body).digest('hex');
      if (declared !== 'UNSIGNED-PAYLOAD' && declared !== actual) {
        res.writeHead(400).end('XAmzContentSHA256Mismatch');
        return;
      }
      const canonical = [
        req.method,
        req.url!.split('?')[0],
        '',
        ...names.map((h) => `${h}:${req.headers[h]}`),
        '',
        signed,
        declared,
      ].join('\n');
      const scope = `${day}/${region}/s3/aws4_request`;
      const toSign = [
        'AWS4-HMAC-SHA256',
        req.headers['x-amz-date'],
        scope,
        createHash('sha256').update(canonical).digest('hex'),
      ].join('\n');
      const h = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest();
      const key = h(h(h(h(`AWS4${secret}`, day!), region!), 's3'), 'aws4_request');
      if (createHmac('sha256', key).update(toSign).digest('hex') !== signature) {
        res.writeHead(403).end('SignatureDoesNotMatch');
        return;
      }
      const id = req.url!;
      if (req.method === 'PUT') objects.set(id, body);
      if (req.method === 'DELETE') objects.delete(id);
      if (req.method === 'GET' && !objects.has(id)) return void res.writeHead(404).end();
      res.writeHead(200).end(req.method === 'GET' ? objects.get(id) : undefined);
    });
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('signs requests a V4-checking server accepts, with path-style keys', async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    const cfg = {
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'minh-chung',
      region: 'ap-southeast-1',
      accessKeyId: 'AKIA',
      secretAccessKey: secret,
    };
    const store = s3FileStore(cfg);
    const bytes = new TextEncoder().encode('%PDF-1.4 nội dung');
    await store.put('evidence/2026/06/b c', bytes, 'application/pdf');
    expect([...objects.keys()]).toEqual(['/minh-chung/evidence/2026/06/b%20c']);
    expect(await store.get('evidence/2026/06/b c')).toEqual(bytes);
    await store.delete('evidence/2026/06/b c');
    expect(objects.size).toBe(0);
    // An upload streamed to disk goes up from its file, which is then removed.
    const streamed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tai-len-')), 'a.part');
    fs.writeFileSync(streamed, bytes);
    await store.putFile('evidence/2026/06/d', streamed, 'application/pdf');
    expect(await store.get('evidence/2026/06/d')).toEqual(bytes);
    expect(fs.existsSync(streamed)).toBe(false);
    await store.delete('evidence/2026/06/d');
    const wrong = s3FileStore({ ...cfg, secretAccessKey: 'sai' });
    await expect(wrong.put('x', bytes, 'application/pdf')).rejects.toThrow('HTTP 403');
    // The payload is signed: a body changed on the way is refused.
    const tamper: typeof fetch = async (input) => {
      const req = input as Request;
      return fetch(req.url, {
        method: req.method,
        headers: req.headers,
        body: new TextEncoder().encode('%PDF-1.4 khác'),
      });
    };
    await expect(s3FileStore(cfg, tamper).put('y', bytes, 'application/pdf')).rejects.toThrow(
      'HTTP 400',
    );
  });
});

describe('content sniffing', () => {
  it('tells DOCX from XLSX from any zip by the entries, without unpacking', async () => {
    const make = async (names: string[]) => {
      const zip = new JSZip();
      for (const n of names) zip.file(n, '<x/>');
      return new Uint8Array(
        await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
      );
    };
    const docx = await make(['[Content_Types].xml', 'word/document.xml']);
    expect(zipEntryNames(docx)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
    );
    expect(sniff(docx)).toEqual({ kind: 'docx' });
    expect(sniff(await make(['[Content_Types].xml', 'xl/workbook.xml']))).toEqual({ kind: 'xlsx' });
    expect(sniff(await make(['a.txt']))).toEqual({ unknown: true, zip: true });
  });

  it('recognises legacy Word and Excel by their compound-file stream names', () => {
    const ole = (name: string) => {
      const b = new Uint8Array(1024);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      b.set(
        [...name].flatMap((c) => [c.charCodeAt(0), 0]),
        512,
      );
      return b;
    };
    expect(sniff(ole('WordDocument'))).toEqual({ kind: 'doc' });
    expect(sniff(ole('Workbook'))).toEqual({ kind: 'xls' });
  });

  it('flags programs whatever their name', () => {
    expect(sniff(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toMatchObject({
      executable: expect.stringContaining('ELF'),
    });
    expect(sniff(new TextEncoder().encode('#!/bin/sh\nrm -rf /'))).toMatchObject({
      executable: expect.stringContaining('script'),
    });
    expect(sniff(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toEqual({ kind: 'webp' });
    expect(sniff(new TextEncoder().encode('GIF89a'))).toEqual({ kind: 'gif' });
  });
});
