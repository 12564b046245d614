/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers read here are shaped by the query text beside them */
/**
 * DEMONSTRATION ONLY: fills an empty Alliance with every UN member state eligible under the
 * policy in force, through the gateway, so the secretariat's queries have something to show.
 * These are not real decisions of any body; each one says so in its grounds.
 *
 *   HUB_AUTH_MODE=development npm start          # in one terminal (ratings come with the bundled snapshot)
 *   npm run example:admit-eligible               # in another
 *
 * Needs the hub in development auth mode: it acts as the secretariat by sending its own claims.
 */
import { httpUrl, port } from "../../platform/config.js";

const GATEWAY = httpUrl(process.env, "HUB_GATEWAY_URL", `http://127.0.0.1:${port(process.env, "HUB_GATEWAY_PORT", 4000)}/graphql`);
const CLAIMS = JSON.stringify({ sub: "example-script", roles: ["SECRETARIAT"] });
const GROUNDS = "DEMONSTRATION: recorded by the example script (admit-eligible) because the state is eligible under the policy in force; not a real decision.";

type Result = { data?: any; errors?: { message: string }[] };

/** One request; past the gateway's per-client rate limit (429), it waits as long as Retry-After says and asks again. */
async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  for (;;) {
    const response = await fetch(GATEWAY, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": CLAIMS },
      body: JSON.stringify({ query, variables }),
    });
    if (response.status !== 429) return (await response.json()) as Result;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.max(1, Number(response.headers.get("retry-after")) || 1)));
  }
}

async function main(): Promise<number> {
  console.log(`Demonstration: admitting every eligible UN member state through ${GATEWAY}. These are not real decisions.`);
  const states = await graphql(`
    {
      alliance {
        eligibilityPolicy
      }
      countries {
        code
        name
        unMember
        aodEligibility {
          eligible
          year
        }
        aodMembership {
          status
        }
      }
    }
  `);
  if (states.errors) {
    console.error(`cannot read the countries: ${states.errors.map((e) => e.message).join("; ")}`);
    return 1;
  }
  const candidates = states.data.countries.filter((c: any) => c.unMember && c.aodEligibility?.eligible === true && c.aodMembership?.status === "NOT_A_MEMBER");
  if (candidates.length === 0) {
    console.log("Nothing to do: no eligible UN member state is outside the Alliance (are the Freedom House ratings imported?).");
    return 0;
  }
  let admitted = 0;
  for (const country of candidates) {
    for (const mutation of ["applyForMembership", "admitMember"]) {
      const result = await graphql(
        `mutation ($input: ${mutation === "admitMember" ? "AdmitMemberInput" : "MembershipDecisionInput"}!) { ${mutation}(input: $input) { decision { status } userErrors { field code message } } }`,
        {
          input: { countryCode: country.code, grounds: GROUNDS },
        },
      );
      const refusals = result.data?.[mutation]?.userErrors ?? [];
      if (refusals.length > 0) {
        console.error(`${country.code}: ${mutation} refused: ${refusals.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`).join("; ")}`);
        break;
      }
      if (result.errors) {
        console.error(`${country.code}: ${mutation} refused: ${result.errors.map((e) => e.message).join("; ")}`);
        if (/UNAUTHENTICATED|authenticated role/.test(JSON.stringify(result.errors))) {
          console.error("Start the hub with HUB_AUTH_MODE=development to run this demonstration.");
          return 1;
        }
        break;
      }
      if (mutation === "admitMember") admitted++;
    }
    if (process.stdout.isTTY) process.stdout.write(`\radmitted ${admitted} of ${candidates.length}`);
  }
  console.log(`\nAdmitted ${admitted} states eligible under ${states.data.alliance.eligibilityPolicy} (demonstration data).`);
  return 0;
}

process.exitCode = await main();
