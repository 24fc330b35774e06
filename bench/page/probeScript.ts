// Turns probe.ts into a plain script for `addInitScript`. It is transpiled with TypeScript itself rather
// than passed as a function: tsx would wrap inner functions in a `__name` helper the page does not have.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export function probeScript(): string {
  const source = readFileSync(new URL('./probe.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, removeComments: true },
  });
  // CommonJS output refers to `exports` (for its type-only exports); give it one, scoped to the probe.
  return `(function (exports) {\n${outputText}\n})({});`;
}
