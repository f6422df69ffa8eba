// Seeds a workspace for the report benchmarks, straight into the database.
import { randomUUID } from "node:crypto";

const DAYS_IN_FIVE_YEARS = 1826;
const METRICS = [
  ["Website visits", "visits", 20_000, 8],
  ["Headcount", null, 400, 0.05],
  ["ARR", "USD", 12_000_000, 4_000],
  ["G2 rating", null, 4.1, 0.0001],
];

/**
 * A subject with `competitorCount` scored competitors, `days` of daily data on
 * four metrics for each of them, `mentionCount` scored mentions (most about the
 * subject) and five workflow findings per company.
 */
export async function seedReportSubject(pool, workspaceId, { label, subjectDomain, competitorCount = 20, days = DAYS_IN_FIVE_YEARS, mentionCount = 10_000 }) {
  const subjectId = randomUUID();
  await pool.query(
    `INSERT INTO "Company" (id, "workspaceId", name, domain, role, industry, "sizeBand", "employeeCount", "annualRevenue", "foundedYear", country, "enrichmentStatus", "enrichedAt", "enrichmentSource", "positioningScores", "updatedAt")
     VALUES ($1, $2, $3, $4, 'OWN_COMPANY', 'computer software', 'LARGE', 640, 61000000, 2011, 'Germany', 'ENRICHED', now(), 'apollo', '{"price":6,"productBreadth":7,"marketPresence":5,"growth":8}', now())`,
    [subjectId, workspaceId, `${label} Subject`, subjectDomain],
  );
  const competitorIds = [];
  for (let index = 0; index < competitorCount; index += 1) {
    const id = randomUUID();
    competitorIds.push(id);
    await pool.query(
      `INSERT INTO "Company" (id, "workspaceId", name, domain, role, industry, "sizeBand", "employeeCount", "annualRevenue", "enrichmentStatus", "updatedAt")
       VALUES ($1, $2, $3, $4, 'COMPETITOR', 'computer software', 'LARGE', $5, $6, 'ENRICHED', now())`,
      [id, workspaceId, `${label} Rival ${index + 1}`, `${label}-rival-${index + 1}.bench.test`, 250 + index * 40, 20_000_000 + index * 3_000_000],
    );
    await pool.query(
      `INSERT INTO "CompetitorAnalysis" (id, "workspaceId", "subjectCompanyId", "competitorCompanyId", status, "positioningScores", note, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'ACCEPTED', $4, $5, now())`,
      [workspaceId, subjectId, id, JSON.stringify({ price: index % 11, productBreadth: (index * 3) % 11, marketPresence: (index * 7) % 11, growth: (index * 5) % 11 }), index % 3 === 0 ? "Competes on price" : null],
    );
  }
  const companyIds = [subjectId, ...competitorIds];
  for (const [metric, unit, start, perDay] of METRICS) {
    await pool.query(
      `INSERT INTO "MarketData" (id, "workspaceId", "companyId", metric, value, unit, "observedAt", source)
       SELECT gen_random_uuid(), $1, c.id, $2, $3::float8 * (1 + c.n * 0.03) + $4::float8 * d + sin(d / 30.0) * $3::float8 * 0.02, $5,
              date_trunc('day', now()) - (($6::int - 1 - d) * interval '1 day'), 'CSV'::"MarketDataSource"
         FROM unnest($7::text[]) WITH ORDINALITY AS c(id, n), generate_series(0, $6::int - 1) AS d`,
      [workspaceId, metric, start, perDay, unit, days, companyIds],
    );
  }
  await pool.query(
    `INSERT INTO "MarketIntelligence" (id, "workspaceId", "companyId", kind, title, content, "sentimentScore", "sourceName", author, "observedAt")
     SELECT gen_random_uuid(), $1, CASE WHEN m % 5 = 0 THEN ($3::text[])[1 + (m % array_length($3::text[], 1))] ELSE $2 END, 'SENTIMENT',
            'Mention ' || m, 'Mention number ' || m || ' says the product is ' || (ARRAY['great','fine','slow','pricey','brilliant'])[1 + m % 5],
            round((sin(m) * 0.9)::numeric, 3)::float8, (ARRAY['G2','Reddit','X','news'])[1 + m % 4], 'author ' || (m % 97), now() - (m % 720) * interval '1 day'
       FROM generate_series(1, $4::int) AS m`,
    [workspaceId, subjectId, competitorIds.length > 0 ? competitorIds : [subjectId], mentionCount],
  );
  await pool.query(
    `INSERT INTO "MarketIntelligence" (id, "workspaceId", "companyId", kind, title, content, "observedAt")
     SELECT gen_random_uuid(), $1, c, (ARRAY['NEWS','HIRING_SIGNAL','PRODUCT_CHANGE','FUNDING'])[1 + f % 4]::"IntelligenceKind", 'Finding ' || f, 'Finding ' || f || ' about the company', now() - f * interval '3 days'
       FROM unnest($2::text[]) AS c, generate_series(1, 5) AS f`,
    [workspaceId, companyIds],
  );
  return { subjectId, competitorIds, companyIds };
}

/** Report-stage timings the server logs when a report completes (src/reports/job/runReport.ts). */
export function reportTimingsFromLog(logText, reportId) {
  for (const line of logText.split("\n")) {
    if (!line.startsWith("{") || !line.includes(reportId)) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.reportId === reportId && entry.timings) return entry.timings;
    } catch {
      // Not a log line of ours.
    }
  }
  return undefined;
}
