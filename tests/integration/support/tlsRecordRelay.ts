import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/** TLS record content types (RFC 5246 §6.2.1). */
export const APPLICATION_DATA = 23;

/**
 * A TCP relay in front of a node that reads the header of every TLS record the client sends. Under
 * TLS 1.2 the handshake travels in handshake (22), change-cipher-spec (20) and alert (21) records, and
 * a request, with its Authorization header, only in application-data (23) records: a client that sent
 * none sent no credential.
 */
export class TlsRecordRelay {
  readonly clientRecords: number[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {}

  async listen(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      this.sockets.add(client).add(upstream);
      let pending = Buffer.alloc(0);
      client.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 5) {
          const length = pending.readUInt16BE(3);
          if (pending.length < 5 + length) break;
          this.clientRecords.push(pending[0] ?? -1);
          pending = pending.subarray(5 + length);
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', end).on('error', end);
      upstream.on('close', end).on('error', end);
    });
    const server = this.server;
    // Loopback only; `localhost` reaches it too, for the host-name mismatch.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  applicationDataRecords(): number {
    return this.clientRecords.filter((type) => type === APPLICATION_DATA).length;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
