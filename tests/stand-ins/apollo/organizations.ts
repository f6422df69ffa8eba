import { createHash } from "node:crypto";

/** A plausible, repeatable organization for any domain: the same domain always gets the same answer. */
const industries = ["information technology & services", "computer software", "marketing & advertising", "financial services", "logistics & supply chain", "hospital & health care"];
const cities = [
  ["Berlin", null, "Germany"],
  ["Austin", "Texas", "United States"],
  ["London", null, "United Kingdom"],
  ["Toronto", "Ontario", "Canada"],
  ["Amsterdam", null, "Netherlands"],
] as const;
const technologies = ["Salesforce", "HubSpot", "Google Analytics", "AWS", "React", "Segment", "Stripe", "Zendesk", "Slack", "Snowflake"];

export function fakeOrganization(domain: string) {
  const hash = createHash("sha256").update(domain).digest();
  const pick = <T>(items: readonly T[], byte: number) => items[hash[byte] % items.length];
  const label = domain.split(".")[0];
  const name = label.split("-").filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join(" ");
  const employees = 5 + ((hash[2] << 8) | hash[3]) % 4000;
  const [city, state, country] = pick(cities, 4);
  return {
    id: hash.subarray(0, 12).toString("hex"),
    name: `${name} ${pick(["Inc.", "GmbH", "Ltd", "Labs", "Group"], 5)}`,
    primary_domain: domain,
    website_url: `http://www.${domain}`,
    linkedin_url: `http://www.linkedin.com/company/${label}`,
    estimated_num_employees: employees,
    industry: pick(industries, 6),
    keywords: ["b2b", "saas"],
    annual_revenue: employees * 95_000,
    annual_revenue_printed: `${Math.round((employees * 95_000) / 1e6)}M`,
    founded_year: 1990 + (hash[7] % 34),
    short_description: `${name} builds products for ${pick(["mid-market", "enterprise", "small"], 8)} teams.`,
    city,
    state,
    country,
    technology_names: technologies.filter((_, index) => (hash[9 + (index % 10)] & 1) === 1),
  };
}
