/**
 * What CI makes of `npm audit --json`: a high or critical advisory fails
 * the run; an audit that could not be had (the registry's audit endpoint
 * unreachable or refusing, as some mirrors do) is a warning, not a failure,
 * since it says nothing about the dependencies.
 */
export interface AuditVerdict {
  ok: boolean;
  message: string;
}

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string; via?: unknown[] }>;
}

export function auditVerdict(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return {
      ok: true,
      message: "warning: npm audit gave no report (audit endpoint unreachable?); dependencies not checked",
    };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = (report as { message?: string }).message ?? "no vulnerability counts in the report";
    return { ok: true, message: `warning: npm audit unavailable (${reason}); dependencies not checked` };
  }
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name} (${v.severity})`);
  const summary = ["critical", "high", "moderate", "low"].map((level) => `${counts[level] ?? 0} ${level}`).join(", ");
  if (serious.length > 0)
    return { ok: false, message: `npm audit: ${summary}: ${serious.join(", ")}; run npm audit for the advisories` };
  return { ok: true, message: `npm audit: ${summary}` };
}
