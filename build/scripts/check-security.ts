import { fileURLToPath } from 'node:url';
import { contract, roles, type MethodOutput } from '../../shared/contract';
import { crashSummary, runCrashIterations } from '../../tests/unit/db/crash-run';
import { sendBadInputs } from '../../tests/unit/services/bad-input-run';
import { sendMalformedRequests } from '../../tests/unit/web/malformed-run';
import { checkPermissionMatrix } from '../../tests/unit/services/permission-matrix';
import { validCallGroups } from '../../tests/unit/services/valid-calls/groups';
import { runValidCalls } from '../../tests/unit/services/valid-calls/run';
import { openTestBackend, setupFacility } from '../../tests/unit/services/test-backend';
import { scanElectron } from './check-electron';

/**
 * `npm run check:security`: the security checks of issue 9 in one summary, each run anew on real SQLite files — the
 * permission matrix, bad input to every method, the SIGKILL crash runs, the audit chain (intact, then edited as an
 * intruder with the file would) and electronegativity. Exits 1 if any of them fails.
 */
function auditChain(): { checked: number; intact: boolean; tamperFound: boolean } {
  const t = openTestBackend();
  try {
    const { token } = setupFacility(t);
    const verify = () => t.ok('audit.verify', {}, token) as MethodOutput<'audit.verify'>;
    const clean = verify();
    const sqlite = t.backend.database.sqlite;
    sqlite.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = '{}' WHERE id = 1");
    const tampered = verify();
    return { checked: clean.checked, intact: clean.ok, tamperFound: !tampered.ok && tampered.problems.some((p) => p.id === 1) };
  } finally {
    t.close();
  }
}

async function main(): Promise<void> {
  const lines: string[] = [];
  let failed = false;
  const check = (ok: boolean, line: string) => {
    failed ||= !ok;
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  };

  const matrix = checkPermissionMatrix();
  check(
    matrix.violations.length === 0 && matrix.changedTables.length === 0,
    `permissions: ${matrix.methods} methods × ${roles.length} roles, ${matrix.calls} calls, ${matrix.refused} refused with forbidden, ` +
      `${matrix.violations.length} violations, tables changed by refused calls: ${matrix.changedTables.length}`,
  );
  let validCalls = 0;
  const callFailures: string[] = [];
  for (const group of Object.values(validCallGroups)) {
    const r = await runValidCalls(group);
    validCalls += r.calls;
    callFailures.push(...r.failures);
  }
  const catalogued = Object.values(validCallGroups).reduce((n, g) => n + Object.keys(g).length, 0);
  check(
    callFailures.length === 0 && catalogued === Object.keys(contract).length,
    `allowed calls: ${validCalls} calls of ${catalogued} methods, each as every role allowed, with real data on the demo register, ` +
      `${validCalls - callFailures.length} succeeded, ${callFailures.length} failed`,
  );
  for (const f of callFailures.slice(0, 10)) lines.push(`       ${f}`);
  const bad = sendBadInputs();
  const http = await sendMalformedRequests();
  const byCode = Object.entries(bad.byCode).map(([code, n]) => `${code} ${n}`).join(', ');
  check(
    bad.failures.length === 0 && bad.internal === 0 && bad.changedBy.length === 0 && http.failures.length === 0 && http.databaseUnchanged && http.stillAnswers,
    `bad input: ${bad.methods} methods, ${bad.generated} generated inputs (${bad.withUnknownField} with an unknown field) + ${bad.handWritten} hand-written, ` +
      `${bad.rejected} rejected (${byCode}), ${bad.internal} internal, ${bad.failures.length} failures, ` +
      `database ${bad.changedBy.length === 0 ? 'unchanged' : `CHANGED by ${bad.changedBy.join(', ')}`}; ` +
      `malformed HTTP: ${http.cases} cases, ${http.answered4xx} answered 4xx, database ${http.databaseUnchanged ? 'unchanged' : 'CHANGED'}`,
  );
  for (const f of [...bad.failures, ...http.failures].slice(0, 10)) lines.push(`       ${f}`);
  const crash = await runCrashIterations(Number(process.env.CRASH_ITERATIONS ?? 25));
  check(
    crash.missing.length + crash.integrity.filter((i) => i !== 'ok').length + crash.staleStays.length + crash.sumMismatches.length === 0,
    crashSummary(crash),
  );
  const audit = auditChain();
  check(audit.intact && audit.tamperFound, `audit chain: ${audit.checked} rows verified intact; an edited row ${audit.tamperFound ? 'was' : 'was NOT'} found`);
  const scan = await scanElectron(fileURLToPath(new URL('../..', import.meta.url)));
  check(scan.high === 0 && scan.parseErrors.length === 0, `electronegativity: ${scan.findings.length} findings, ${scan.high} high, ${scan.parseErrors.length} files not parsed`);

  console.log(['RehabDesk security checks', ...lines].join('\n'));
  if (failed) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
