/**
 * The shape of a program: its code with comments dropped and the text of string
 * and template literals blanked (template expressions are kept). Locale
 * variants of a sample must have the same shape.
 *
 * With `keepStrings`, only comments are dropped: two variants with the same
 * such shape are one program (what they print is the same), which lets the
 * tests run it once for all of them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ts from 'typescript';

export interface ShapeOptions {
  /** Keep string and template text as written (drop comments only). */
  keepStrings?: boolean;
}

export function typescriptShape(code: string, { keepStrings = false }: ShapeOptions = {}): string {
  const source = ts.createSourceFile('sample.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const print = (root: ts.SourceFile) => ts.createPrinter({ removeComments: true }).printFile(root);
  if (keepStrings) return print(source);
  const { factory } = ts;
  const blank: ts.TransformerFactory<ts.SourceFile> = (context) => (root) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isStringLiteral(node)) return factory.createStringLiteral('');
      if (ts.isNoSubstitutionTemplateLiteral(node)) return factory.createNoSubstitutionTemplateLiteral('');
      if (ts.isTemplateExpression(node)) {
        return factory.createTemplateExpression(
          factory.createTemplateHead(''),
          node.templateSpans.map((span) =>
            factory.createTemplateSpan(
              ts.visitNode(span.expression, visit) as ts.Expression,
              ts.isTemplateTail(span.literal)
                ? factory.createTemplateTail('')
                : factory.createTemplateMiddle(''),
            ),
          ),
        );
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(root, visit) as ts.SourceFile;
  };
  const [transformed] = ts.transform(source, [blank]).transformed;
  return print(transformed);
}

/** The shapes of several Python files, from one interpreter start. */
export function pythonShapes(
  python: string,
  files: string[],
  { keepStrings = false }: ShapeOptions = {},
): string[] {
  const args = [join(__dirname, 'codeShape.py'), ...files, ...(keepStrings ? ['--keep-strings'] : [])];
  return JSON.parse(execFileSync(python, args, { encoding: 'utf8' })) as string[];
}
