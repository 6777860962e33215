/** Port checks, so a busy port is reported by name instead of as a child's crash. */
import net from 'node:net';

/** Thrown when a port the stack needs is taken; says which variable moves it. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly variable: string,
  ) {
    super(`Port ${port} is already in use (${variable}). Stop whatever listens there, or set ${variable} to a free port.`);
  }
}

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Throws {@link PortInUseError} for the first busy port. */
export async function assertPortsFree(ports: Array<{ port: number; variable: string }>): Promise<void> {
  for (const { port, variable } of ports) {
    if (!(await isPortFree(port))) throw new PortInUseError(port, variable);
  }
}

/** A port the OS reports free right now (for tests and side processes). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves true when a TCP connection to host:port succeeds within the timeout. */
export async function canConnect(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return (await probe(host, port, timeoutMs)) === 'open';
}

/**
 * Whether a server listens on host:port, asked so that a loaded machine does not get a wrong
 * "no": a refused connection is a definite no, but a connection that merely takes long (a busy
 * machine, a server accepting slowly) is tried again, up to `attempts` times of `timeoutMs` each.
 */
export async function listens(host: string, port: number, { attempts = 3, timeoutMs = 3000 }: { attempts?: number; timeoutMs?: number } = {}): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await probe(host, port, timeoutMs);
    if (result !== 'timeout') return result === 'open';
  }
  return false;
}

function probe(host: string, port: number, timeoutMs: number): Promise<'open' | 'refused' | 'timeout'> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (result: 'open' | 'refused' | 'timeout') => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish('timeout'));
    socket.once('connect', () => finish('open'));
    socket.once('error', () => finish('refused'));
  });
}
