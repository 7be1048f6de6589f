/** `npm run audit:site`: builds the site if needed, audits every page, prints the table. */
import { ensureSite } from '../../tools/site-build.ts';
import { startSite } from './e2e.ts';
import { auditSite, auditTotals, formatAudit } from './audit.ts';

const dir = await ensureSite();
const site = await startSite();
try {
  const report = await auditSite(site, dir);
  console.log(formatAudit(report));
  const totals = auditTotals(report);
  const problems = Object.entries(totals).filter(
    ([k, v]) => !k.startsWith('pages') && !k.startsWith('page loads') && v > 0,
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  await site.close();
}
