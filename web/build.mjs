// Bundles the explorer (src/) with esbuild and copies Swagger UI's and ReDoc's assets from their npm
// packages into the folder the API serves (api/static/, ignored by git): nothing is fetched at run time.
// `make` runs it after `npm ci`; `node build.mjs [OUT]` by hand.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, process.argv[2] ?? "../api/static");
const explorer = join(out, "explorer");

rmSync(out, { recursive: true, force: true });
mkdirSync(explorer, { recursive: true });

await esbuild.build({
  entryPoints: { explorer: join(here, "src/main.js") },
  bundle: true,
  splitting: true, // the SPARQL editor is a chunk of its own, loaded when the SPARQL view opens
  format: "esm",
  minify: true,
  sourcemap: false,
  target: ["es2020"],
  outdir: explorer,
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(join(here, "src/index.html"), join(explorer, "index.html"));

const copies = {
  "swagger-ui": ["swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-dist/swagger-ui.css",
    "swagger-ui-dist/favicon-32x32.png", "swagger-ui-dist/LICENSE"],
  redoc: ["redoc/bundles/redoc.standalone.js", "redoc/LICENSE"],
};
for (const [folder, files] of Object.entries(copies)) {
  mkdirSync(join(out, folder), { recursive: true });
  for (const file of files) copyFileSync(join(here, "node_modules", file), join(out, folder, file.split("/").pop()));
}
// ReDoc's sidebar shows the Redocly logo from their CDN: the one request its bundle makes to another site.
// The attribution's text stays; the image becomes an empty inline one.
const redoc = join(out, "redoc", "redoc.standalone.js");
const logo = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const bundle = readFileSync(redoc, "utf8");
if (bundle.includes(logo)) {
  writeFileSync(redoc, bundle.replaceAll(logo, "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"));
} else {
  console.warn(`build.mjs: ${logo} is no longer in ReDoc's bundle; check that /redoc still fetches nothing`);
}
writeFileSync(join(out, "BUILT"), "built by web/build.mjs from web/package-lock.json; do not edit\n");
