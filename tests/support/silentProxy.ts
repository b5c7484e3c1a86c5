// A TCP relay to the test cluster that can go silent: the connections it carries stay open but nothing
// passes any more, as when a cable is pulled or the server PC is switched off (no reset is ever sent).
import net from 'node:net';

export interface SilentProxy {
  port: number;
  /** The connections open now carry nothing from here on; new ones pass normally. */
  silenceOpenConnections(): void;
  close(): Promise<void>;
}

export async function silentProxy(target: { host: string; port: number }): Promise<SilentProxy> {
  const pairs: { silent: boolean; sockets: net.Socket[] }[] = [];
  const server = net.createServer((inbound) => {
    const outbound = net.connect(target.port, target.host);
    const pair = { silent: false, sockets: [inbound, outbound] };
    pairs.push(pair);
    inbound.on('data', (d) => pair.silent || outbound.write(d));
    outbound.on('data', (d) => pair.silent || inbound.write(d));
    for (const s of pair.sockets) {
      s.on('error', () => {});
      s.on('close', () => {
        for (const other of pair.sockets) other.destroy();
      });
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as net.AddressInfo).port,
    silenceOpenConnections() {
      for (const p of pairs) p.silent = true;
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const p of pairs) for (const s of p.sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
