/**
 * Which social sign-in providers to compile in: each needs both its client id
 * and secret, so the login page never shows a button that cannot work.
 */
export const oauthProviderCredentials = {
  google: ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
  gitHub: ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"],
} as const;

export type OAuthProviderName = keyof typeof oauthProviderCredentials;

export function isOAuthProviderConfigured(provider: OAuthProviderName, env: Record<string, string | undefined>): boolean {
  return oauthProviderCredentials[provider].every((name) => (env[name] ?? "").trim() !== "");
}

/** KEY=value lines of a dotenv file; comments, blanks and malformed lines are skipped. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    values[match[1]] = match[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return values;
}
