import { listen } from "../subgraphs/platform/listen.js";
import { runService } from "../subgraphs/platform/run-service.js";
import { readGatewayConfig } from "./config.js";
import { createGatewayService } from "./server.js";

void runService("gateway", async () => {
  const config = readGatewayConfig(process.env);
  const service = await createGatewayService(config);
  const [base] = await Promise.all([
    listen(service.httpServer, { host: config.host, port: config.port, service: "gateway", portVariable: config.portVariable }),
    listen(service.operationsServer, { ...config.operations, service: "gateway operations" }).then((operations) =>
      console.log(`gateway: /ready and /metrics at ${operations}`),
    ),
  ]).catch(async (error) => {
    await service.stop();
    throw error;
  });
  return { url: `${base}/graphql`, stop: service.stop };
});
