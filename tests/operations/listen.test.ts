import http from "node:http";
import { describe, expect, it } from "vitest";
import { close, listen, ListenError } from "../../subgraphs/platform/listen.js";

describe("listen", () => {
  it("says in one line which port is taken and which setting to change", async () => {
    const first = http.createServer();
    const url = await listen(first, { host: "127.0.0.1", port: 0, service: "d10", portVariable: "HUB_D10_PORT" });
    const takenPort = Number(new URL(url).port);
    const second = http.createServer();
    try {
      const attempt = listen(second, { host: "127.0.0.1", port: takenPort, service: "d10", portVariable: "HUB_D10_PORT" });
      await expect(attempt).rejects.toBeInstanceOf(ListenError);
      await expect(attempt).rejects.toThrow(`d10: port ${takenPort} on 127.0.0.1 is already in use; set HUB_D10_PORT to a free port`);
    } finally {
      await close(first);
      await close(second);
    }
  });
});
