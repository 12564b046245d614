/**
 * The GraphQL explorer: GraphiQL, served by the hub, with the API schema built into the page
 * (schema/api.graphql of this build), so it works where introspection is off (production) without
 * opening introspection to anyone. The README's operations open as tabs.
 */
import "graphiql/graphiql.css";
import "../style.css";
import { GraphiQL } from "graphiql";
import type { Fetcher } from "@graphiql/toolkit";
import { buildSchema } from "graphql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import readmeOperations from "console:readme-operations";
import sdl from "console:schema";

const schema = buildSchema(sdl);

const fetcher: Fetcher = async (params, options) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

const tabs = readmeOperations.map((operation) => ({ query: `# ${operation.title} (README)\n${operation.query}` }));

const main = document.getElementById("main")!;
main.classList.add("explorer");
const note = document.createElement("p");
note.className = "lead";
note.textContent =
  "The schema below is this build's schema/api.graphql, built into the page: the explorer needs no introspection. Requests go to /graphql with the same limits as any client; a gateway that serves only persisted operations refuses queries typed here.";
const root = document.createElement("div");
root.className = "graphiql-root";
main.append(note, root);

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      defaultTabs={tabs}
      defaultEditorToolsVisibility="variables"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
