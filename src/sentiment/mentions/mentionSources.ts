/**
 * Where a mention was published. Free text, but the usual sites get one
 * spelling however a file writes them ("twitter", "X.com" and "x" are all X),
 * so the page and later reports group them together.
 */
const canonicalSources: Record<string, string> = {
  g2: "G2",
  "g2 crowd": "G2",
  "g2.com": "G2",
  capterra: "Capterra",
  "capterra.com": "Capterra",
  reddit: "Reddit",
  "reddit.com": "Reddit",
  x: "X",
  "x.com": "X",
  twitter: "X",
  "twitter.com": "X",
  news: "news",
  press: "news",
  trustpilot: "Trustpilot",
  linkedin: "LinkedIn",
  "hacker news": "Hacker News",
  hn: "Hacker News",
};

export const MAX_SOURCE_NAME_CHARACTERS = 80;

export function canonicalSourceName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  return canonicalSources[trimmed.toLowerCase()] ?? trimmed;
}
