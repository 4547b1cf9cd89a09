import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-verdict";

const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe("the CI audit step", () => {
  it("passes a clean report and one with only moderate advisories", () => {
    expect(auditVerdict(report({}))).toEqual({ ok: true, message: "npm audit: 0 critical, 0 high, 0 moderate, 0 low" });
    expect(auditVerdict(report({ moderate: 2 }, { postcss: { severity: "moderate" } })).ok).toBe(true);
  });

  it("fails on a high or critical advisory, naming the package", () => {
    const verdict = auditVerdict(
      report({ high: 1, critical: 1 }, { next: { severity: "critical" }, "fast-xml-parser": { severity: "high" } }),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain("next (critical), fast-xml-parser (high)");
  });

  it("warns but passes when the audit endpoint cannot be reached", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "" },
    });
    expect(auditVerdict(refused)).toEqual({
      ok: true,
      message: expect.stringMatching(/^warning: npm audit unavailable \(405 Method Not Allowed/),
    });
    expect(auditVerdict("").message).toMatch(/^warning:/);
  });
});
