import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Every exported function in src/server whose first parameter is the acting staff member (`actor:
 * Actor`): the use-cases the permission matrix must cover. Read from the source text, so a new
 * use-case is found without anyone remembering to list it.
 */
export type UseCaseRef = { file: string; name: string };

const serverRoot = path.resolve(import.meta.dirname, "../../src/server");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

const takesActorFirst = (parameters: ts.NodeArray<ts.ParameterDeclaration>, source: ts.SourceFile) =>
  parameters[0]?.type?.getText(source) === "Actor";

export function exportedUseCases(): UseCaseRef[] {
  const found: UseCaseRef[] = [];
  for (const full of sourceFiles(serverRoot)) {
    const source = ts.createSourceFile(full, readFileSync(full, "utf8"), ts.ScriptTarget.Latest, true);
    const file = path.relative(serverRoot, full).replace(/\\/g, "/");
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      if (
        ts.isFunctionDeclaration(statement) &&
        statement.name &&
        takesActorFirst(statement.parameters, source)
      )
        found.push({ file, name: statement.name.text });
      if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (
            ts.isIdentifier(declaration.name) &&
            init &&
            (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) &&
            takesActorFirst(init.parameters, source)
          )
            found.push({ file, name: declaration.name.text });
        }
    }
  }
  return found.sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}
