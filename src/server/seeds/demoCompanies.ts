// Demo data for a fresh install: realistic (fictional) companies in the B2B
// analytics market, so a new user sees a living app before adding any key.
import type { CompanyRole, CompanySizeBand } from "@prisma/client";

export interface DemoCompany {
  name: string;
  domain: string;
  role: CompanyRole;
  industry: string;
  employeeCount: number;
  sizeBand: CompanySizeBand;
  annualRevenue: number;
  foundedYear: number;
  city: string;
  country: string;
  description: string;
  tags: string[];
  technologies: string[];
}

export const demoCompanies: DemoCompany[] = [
  { name: "Northwind Insights", domain: "northwind-insights.example", role: "OWN_COMPANY", industry: "Business Intelligence", employeeCount: 140, sizeBand: "MEDIUM", annualRevenue: 18_000_000, foundedYear: 2016, city: "Berlin", country: "Germany", description: "Self-serve market analytics for mid-market revenue teams.", tags: ["core"], technologies: ["Snowflake", "React", "dbt"] },
  { name: "Crestline Analytics", domain: "crestline-analytics.example", role: "COMPETITOR", industry: "Business Intelligence", employeeCount: 420, sizeBand: "LARGE", annualRevenue: 61_000_000, foundedYear: 2011, city: "Boston", country: "United States", description: "Enterprise dashboards with a strong consulting arm.", tags: ["enterprise", "priority"], technologies: ["Tableau", "AWS", "Salesforce"] },
  { name: "Signalpath", domain: "signalpath.example", role: "COMPETITOR", industry: "Business Intelligence", employeeCount: 95, sizeBand: "MEDIUM", annualRevenue: 9_500_000, foundedYear: 2019, city: "London", country: "United Kingdom", description: "AI-first competitive intelligence for product marketers.", tags: ["ai", "priority"], technologies: ["OpenAI", "GCP", "Segment"] },
  { name: "Orbital Metrics", domain: "orbital-metrics.example", role: "COMPETITOR", industry: "Business Intelligence", employeeCount: 38, sizeBand: "SMALL", annualRevenue: 3_200_000, foundedYear: 2021, city: "Amsterdam", country: "Netherlands", description: "Lightweight market tracking for startups.", tags: ["smb"], technologies: ["Vercel", "Postgres", "Stripe"] },
  { name: "Helix Market Labs", domain: "helix-marketlabs.example", role: "COMPETITOR", industry: "Market Research", employeeCount: 1_250, sizeBand: "ENTERPRISE", annualRevenue: 240_000_000, foundedYear: 2003, city: "New York", country: "United States", description: "Panel-based market research with analyst reports.", tags: ["enterprise"], technologies: ["SAP", "Azure", "Qualtrics"] },
  { name: "Brightwave Data", domain: "brightwave-data.example", role: "COMPETITOR", industry: "Business Intelligence", employeeCount: 210, sizeBand: "LARGE", annualRevenue: 27_000_000, foundedYear: 2014, city: "Toronto", country: "Canada", description: "Revenue analytics suite bundled with CRM enrichment.", tags: ["crm"], technologies: ["HubSpot", "AWS", "Looker"] },
  { name: "Kestrel Logistics", domain: "kestrel-logistics.example", role: "PROSPECT", industry: "Logistics", employeeCount: 880, sizeBand: "LARGE", annualRevenue: 130_000_000, foundedYear: 2008, city: "Rotterdam", country: "Netherlands", description: "Freight forwarding across Northern Europe.", tags: ["q3-pipeline"], technologies: ["SAP", "Microsoft Dynamics"] },
  { name: "Fernhill Foods", domain: "fernhill-foods.example", role: "PROSPECT", industry: "Food & Beverages", employeeCount: 460, sizeBand: "LARGE", annualRevenue: 75_000_000, foundedYear: 1997, city: "Lyon", country: "France", description: "Organic packaged foods sold through European retailers.", tags: ["q3-pipeline", "retail"], technologies: ["Shopify Plus", "Google Analytics"] },
  { name: "Quanta Health", domain: "quanta-health.example", role: "PROSPECT", industry: "Health Care", employeeCount: 130, sizeBand: "MEDIUM", annualRevenue: 14_000_000, foundedYear: 2017, city: "Munich", country: "Germany", description: "Remote patient monitoring for clinics.", tags: ["healthcare"], technologies: ["AWS", "Twilio", "React"] },
  { name: "Atlas Fintech", domain: "atlas-fintech.example", role: "PROSPECT", industry: "Financial Services", employeeCount: 320, sizeBand: "LARGE", annualRevenue: 44_000_000, foundedYear: 2015, city: "Dublin", country: "Ireland", description: "Embedded payments for vertical SaaS platforms.", tags: ["fintech", "q4-pipeline"], technologies: ["Stripe", "Kubernetes", "Go"] },
  { name: "Lumen Retail Group", domain: "lumen-retail.example", role: "PROSPECT", industry: "Retail", employeeCount: 2_400, sizeBand: "ENTERPRISE", annualRevenue: 510_000_000, foundedYear: 1989, city: "Manchester", country: "United Kingdom", description: "Home goods retailer with 140 stores.", tags: ["retail", "enterprise"], technologies: ["Salesforce", "Oracle"] },
  { name: "Pinecrest Software", domain: "pinecrest-software.example", role: "PROSPECT", industry: "Computer Software", employeeCount: 55, sizeBand: "MEDIUM", annualRevenue: 6_100_000, foundedYear: 2018, city: "Austin", country: "United States", description: "Field-service scheduling software.", tags: ["smb"], technologies: ["Rails", "Heroku", "Intercom"] },
  { name: "Ridgeway Energy", domain: "ridgeway-energy.example", role: "WATCH", industry: "Renewables & Environment", employeeCount: 700, sizeBand: "LARGE", annualRevenue: 190_000_000, foundedYear: 2006, city: "Copenhagen", country: "Denmark", description: "Offshore wind developer; an early adopter of market analytics.", tags: ["energy"], technologies: ["Azure", "Power BI"] },
  { name: "Novalink Telecom", domain: "novalink-telecom.example", role: "WATCH", industry: "Telecommunications", employeeCount: 5_200, sizeBand: "ENTERPRISE", annualRevenue: 1_300_000_000, foundedYear: 1994, city: "Madrid", country: "Spain", description: "Regional carrier expanding into B2B connectivity.", tags: ["enterprise"], technologies: ["Oracle", "Salesforce", "Genesys"] },
  { name: "Beacon Robotics", domain: "beacon-robotics.example", role: "WATCH", industry: "Machinery", employeeCount: 240, sizeBand: "LARGE", annualRevenue: 52_000_000, foundedYear: 2012, city: "Stuttgart", country: "Germany", description: "Warehouse automation robots.", tags: ["hardware"], technologies: ["ROS", "AWS IoT"] },
  { name: "Tidewater Media", domain: "tidewater-media.example", role: "WATCH", industry: "Online Media", employeeCount: 75, sizeBand: "MEDIUM", annualRevenue: 8_800_000, foundedYear: 2013, city: "Lisbon", country: "Portugal", description: "B2B newsletters covering data and AI.", tags: ["media", "partner"], technologies: ["Ghost", "Mailchimp"] },
  { name: "Cobalt Security", domain: "cobalt-security.example", role: "WATCH", industry: "Computer & Network Security", employeeCount: 18, sizeBand: "SMALL", annualRevenue: 1_900_000, foundedYear: 2022, city: "Tallinn", country: "Estonia", description: "Supply-chain security scanning for SaaS vendors.", tags: ["startup"], technologies: ["Rust", "GCP"] },
  { name: "Meridian Consulting", domain: "meridian-consulting.example", role: "PROSPECT", industry: "Management Consulting", employeeCount: 9, sizeBand: "MICRO", annualRevenue: 1_200_000, foundedYear: 2020, city: "Zurich", country: "Switzerland", description: "Go-to-market advisory for Series A startups.", tags: ["partner"], technologies: ["Notion", "HubSpot"] },
  { name: "Granite Cloud", domain: "granite-cloud.example", role: "COMPETITOR", industry: "Information Technology & Services", employeeCount: 3_100, sizeBand: "ENTERPRISE", annualRevenue: 720_000_000, foundedYear: 2000, city: "Seattle", country: "United States", description: "Cloud suite vendor adding a market-intelligence module.", tags: ["enterprise", "watch-pricing"], technologies: ["Kubernetes", "Java", "Snowflake"] },
  { name: "Foxglove Marketing", domain: "foxglove-marketing.example", role: "PROSPECT", industry: "Marketing & Advertising", employeeCount: 48, sizeBand: "SMALL", annualRevenue: 4_700_000, foundedYear: 2016, city: "Barcelona", country: "Spain", description: "Demand-generation agency for B2B SaaS.", tags: ["agency", "q3-pipeline"], technologies: ["HubSpot", "Webflow", "Apollo"] },
];
