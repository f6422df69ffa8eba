// Schema text handling between the 5.19 CLI and the 7.x engine.
import { readFileSync } from "node:fs";

/** The 7.x engine refuses `url`/`directUrl` in a datasource block; connection details come from the adapter. */
export function stripDatasourceUrls(schemaText) {
  return schemaText.replace(/^(\s*)(url|directUrl|shadowDatabaseUrl)\s*=.*$/gm, "$1// $2 (set through the driver adapter)");
}

export function sanitizeSchemaFiles(files) {
  return files.map((file) => ({ ...file, content: stripDatasourceUrls(file.content) }));
}

/** The datasource URL a schema names: url = env("X") resolved from the environment, or a literal. */
export function datasourceUrlOf(schemaText, environment = process.env) {
  const datasourceBlock = /datasource\s+\w+\s*\{([\s\S]*?)\}/m.exec(schemaText)?.[1];
  if (!datasourceBlock) return undefined;
  const fromEnv = /^\s*url\s*=\s*env\(\s*"([^"]+)"\s*\)/m.exec(datasourceBlock);
  if (fromEnv) return environment[fromEnv[1]] || undefined;
  return /^\s*url\s*=\s*"([^"]+)"/m.exec(datasourceBlock)?.[1];
}

export function readSchemaFiles(paths) {
  return paths.map((schemaPath) => ({ path: schemaPath, content: readFileSync(schemaPath, "utf8") }));
}
