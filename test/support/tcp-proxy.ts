/** A TCP relay that a test can cut and restore, standing in for a network path to a server that goes away. */
import net from 'node:net';

/** A relay from a local port to `target`. */
export interface TcpProxy {
  /** host:port to connect to instead of the target. */
  address: string;
  /** Drops every relayed connection and refuses new ones, as a dead server does. */
  cut(): Promise<void>;
  /** Accepts connections on the same port again. */
  restore(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts relaying 127.0.0.1:<free port> to `target` ("host:port"). */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const [host = '127.0.0.1', port = '0'] = target.split(':');
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((incoming) => {
    const outgoing = net.connect({ host, port: Number(port) });
    track(incoming);
    track(outgoing);
    incoming.pipe(outgoing).pipe(incoming);
    incoming.once('close', () => outgoing.destroy());
    outgoing.once('close', () => incoming.destroy());
  });
  const listen = (onPort: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(onPort, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : onPort);
      });
    });
  const localPort = await listen(0);
  const cut = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    address: `127.0.0.1:${localPort}`,
    cut,
    restore: async () => {
      await listen(localPort);
    },
    stop: () => (server.listening ? cut() : Promise.resolve()),
  };
}
