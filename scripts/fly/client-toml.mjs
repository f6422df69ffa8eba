// Production settings Hyperformant needs in the fly-client.toml that
// `wasp deploy fly launch` generates (see README, "Deploying to Fly.io").
import { parse, stringify } from "smol-toml";
import { staticClientHeaders } from "./static-client-headers.mjs";

/**
 * `wasp deploy fly deploy` rewrites the client's Dockerfile on every deploy
 * (a plain gostatic image serving the build, with 200.html as the fallback),
 * so the security headers cannot live there: Fly's proxy adds them to every
 * answer, from [http_service.http_options.response.headers].
 */
export function hardenClientToml(tomlText, apiUrl) {
  const config = parse(tomlText);
  const service = { ...(config.http_service ?? {}) };
  if (service.internal_port === undefined) throw new Error("fly-client.toml has no [http_service] internal_port: is it the file wasp deploy fly generated?");
  const httpOptions = { ...(service.http_options ?? {}) };
  const response = { ...(httpOptions.response ?? {}) };
  response.headers = { ...(response.headers ?? {}), ...staticClientHeaders(apiUrl) };
  httpOptions.response = response;
  service.http_options = httpOptions;
  service.force_https = true;
  config.http_service = service;
  return stringify(config);
}
