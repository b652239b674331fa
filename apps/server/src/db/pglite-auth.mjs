// The password step PGLiteSocketServer lacks: PGlite itself trusts every connection, so the
// worker asks each client for the per-start secret (AuthenticationCleartextPassword; the
// channel is a Unix socket, never the network) before handing the socket to PGlite.
// Plain JavaScript on purpose: loaded by the worker without the TypeScript loader.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const SSL_REQUEST = 80877103;
const PROTOCOL_3 = 196608;
const HANDSHAKE_MS = 5000;

/** ErrorResponse: severity FATAL, SQLSTATE 28P01 (invalid_password), a message. */
function fatal(message) {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', '28P01'],
      ['M', message],
    ].map(([k, v]) => Buffer.from(`${k}${v}\0`, 'utf8')),
  );
  const body = Buffer.concat([fields, Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const digest = (text) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Reads the client's startup message, asks for the password and checks it. Resolves with
 * the startup bytes for PGlite to answer (with AuthenticationOk), or null when refused.
 * @param {import('node:net').Socket} socket
 * @param {string} secret
 * @returns {Promise<Buffer | null>}
 */
function authenticate(socket, secret) {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    /** @type {Buffer | null} */
    let startup = null;
    const finish = (/** @type {Buffer | null} */ result, /** @type {string} */ why = '') => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', onError);
      if (!result && socket.writable) socket.end(fatal(why || 'Xác thực thất bại'));
      resolve(result);
    };
    const onError = () => finish(null);
    const timer = setTimeout(() => finish(null, 'Hết thời gian xác thực'), HANDSHAKE_MS);
    const onData = (/** @type {Buffer} */ chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!startup) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (length < 8 || length > 10_000) return finish(null, 'Gói khởi tạo không hợp lệ');
          if (buffer.length < length) return;
          if (code === SSL_REQUEST && length === 8) {
            socket.write('N');
          } else if (code === PROTOCOL_3) {
            startup = buffer.subarray(0, length);
            const ask = Buffer.alloc(9);
            ask.write('R', 0);
            ask.writeInt32BE(8, 1);
            ask.writeInt32BE(3, 5);
            socket.write(ask);
          } else {
            return finish(null, 'Giao thức không được hỗ trợ');
          }
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer[0] !== 0x70 /* 'p' */ || length < 5 || length > 1000) {
          return finish(null, 'Cần mật khẩu');
        }
        if (buffer.length < length + 1) return;
        const given = buffer
          .subarray(5, length + 1)
          .toString('utf8')
          .replace(/\0$/, '');
        const ok = timingSafeEqual(digest(given), digest(secret));
        return finish(ok ? startup : null, 'Sai mật khẩu kết nối CSDL');
      }
    };
    socket.on('data', onData);
    socket.on('error', onError);
  });
}

/** PGLiteSocketServer whose connections must first give the per-start secret. */
export class AuthenticatedSocketServer extends PGLiteSocketServer {
  /** @param {ConstructorParameters<typeof PGLiteSocketServer>[0] & { secret: string }} options */
  constructor(options) {
    super(options);
    this.secret = options.secret;
  }

  /** @param {import('node:net').Socket} socket */
  async handleConnection(socket) {
    const startup = await authenticate(socket, this.secret);
    if (!startup) {
      socket.destroy();
      return;
    }
    await super.handleConnection(socket);
    // PGlite answers the startup it never saw with AuthenticationOk and the session state.
    socket.emit('data', startup);
  }
}
