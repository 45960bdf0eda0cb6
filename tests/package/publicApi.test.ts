/**
 * Every export of the package carries TSDoc, so an editor shows what it does (docs/api.md relies on it).
 * Read with the TypeScript compiler from src/index.ts, following re-exports to the declarations.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Names exported from src/index.ts whose declaration has no doc comment. */
function undocumentedExports(): string[] {
  const index = join(ROOT, 'src', 'index.ts');
  const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  return checker.getExportsOfModule(module).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return symbol.getDocumentationComment(checker).length > 0 ? [] : [exported.name];
  });
}

describe('the public API', () => {
  it('documents every export with TSDoc', () => {
    expect(undocumentedExports()).toEqual([]);
  });
});
