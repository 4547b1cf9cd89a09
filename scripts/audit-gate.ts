/** `npx tsx scripts/audit-gate.ts`: the CI step over `npm audit --json`; exit 1 on a high or critical advisory. */
import { spawnSync } from "node:child_process";
import { auditVerdict } from "./audit-verdict";

const audit = spawnSync("npm", ["audit", "--json"], { encoding: "utf8", timeout: 120_000 });
const verdict = auditVerdict(audit.stdout ?? "");
console.log(verdict.message);
process.exit(verdict.ok ? 0 : 1);
