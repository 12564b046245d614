import type http from "node:http";
import type { AddressInfo } from "node:net";

/** A failure to bind that a person can act on, said in one line. */
export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListenError";
  }
}

/** Binds `server` and resolves with its base URL (the real port when asked for port 0). */
export function listen(server: http.Server, options: { host: string; port: number; service: string; portVariable: string }): Promise<string> {
  const { host, port, service, portVariable } = options;
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") {
        reject(new ListenError(`${service}: port ${port} on ${host} is already in use; set ${portVariable} to a free port`));
      } else if (error.code === "EACCES") {
        reject(new ListenError(`${service}: not allowed to listen on port ${port} on ${host}; set ${portVariable} to a port above 1023`));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
        reject(new ListenError(`${service}: cannot listen on address ${host}; set HUB_HOST to an address of this machine`));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off("error", onError);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/** Stops accepting, ends idle keep-alive sockets, and waits for the server to close. */
export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
    // Requests in flight get a moment to finish; then their sockets go too.
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
