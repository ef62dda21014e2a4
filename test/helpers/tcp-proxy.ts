import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the team server that a test cuts, as a laptop loses the network:
 * open connections are dropped at once and new ones refused, until it is restored on the
 * same port.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private listeningPort: number,
    private readonly target: { host: string; port: number },
  ) {}

  get port(): number {
    return this.listeningPort;
  }

  static async start(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
    const proxy = new TcpProxy(port, target);
    return proxy.listen();
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async listen(): Promise<TcpProxy> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listeningPort, '127.0.0.1', resolve);
    });
    const address = server.address();
    // The first start takes a free port; a restore takes the same one again.
    if (typeof address === 'object' && address) this.listeningPort = address.port;
    this.server = server;
    return this;
  }

  /** The network is gone: every connection dropped, none accepted. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** The network is back, on the same address. */
  async restore(): Promise<void> {
    await this.listen();
  }
}
