/**
 * `npm run api:lint` writes the generated API description to a file (the path given, else
 * .data/openapi.json) for Redocly to lint. Run with `--conditions=react-server`: the document is a
 * server module.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "../src/server/http/openapi";

const target = path.resolve(process.argv[2] ?? ".data/openapi.json");
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(openApiDocument, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
