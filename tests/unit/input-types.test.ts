import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every <input> names its type. Browsers default to text, but HTML_CodeSniffer (pa11y) reads an input
 * without `type` as having none and flags its `autocomplete` (WCAG 1.3.5): the registration form's name
 * field was one. Checked in the source, since the JSX is where an input gets written.
 */
function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

describe("inputs", () => {
  it("all have an explicit type", () => {
    const untyped: string[] = [];
    for (const file of tsxFiles("src")) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/<input\b[\s\S]*?\/>/g)) {
        if (!/\btype=/.test(match[0])) untyped.push(`${file}: ${match[0].slice(0, 80).replace(/\s+/g, " ")}`);
      }
    }
    expect(untyped).toEqual([]);
  });
});
