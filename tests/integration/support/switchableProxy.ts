import { createConnection, createServer, type Server, type Socket } from 'node:net';

export type ProxyState = 'up' | 'down' | 'silent';

/**
 * A TCP relay in front of the cluster that a test can take down or make silent, to drive the console
 * through an unreachable or unanswering cluster without touching the cluster itself.
 */
export class SwitchableProxy {
  private state: ProxyState = 'up';
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => this.accept(client));
  }

  /** Starts relaying on a free port of 127.0.0.1; answers the address to give the console. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('The proxy has no TCP address');
    return `http://127.0.0.1:${address.port}`;
  }

  /** `down` refuses at once and drops open connections; `silent` accepts and never answers. */
  set(state: ProxyState): void {
    this.state = state;
    if (state !== 'up') for (const socket of this.sockets) socket.destroy();
  }

  /** Requests a silent relay accepted and held, by their request line, and whether the caller gave up. */
  readonly held: { line: string; closed: boolean }[] = [];

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.state === 'down') {
      client.destroy();
      return;
    }
    this.track(client);
    if (this.state === 'silent') {
      client.once('data', (chunk: Buffer) => {
        const entry = { line: chunk.toString('latin1').split('\r\n')[0] ?? '', closed: false };
        this.held.push(entry);
        client.on('close', () => (entry.closed = true));
      });
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: this.targetPort });
    this.track(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
