/**
 * The shape of a program: its code with comments dropped and the text of string
 * and template literals blanked (template expressions are kept). Locale
 * variants of a sample must have the same shape.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ts from 'typescript';

export function typescriptShape(code: string): string {
  const source = ts.createSourceFile('sample.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
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
  return ts.createPrinter({ removeComments: true }).printFile(transformed);
}

export function pythonShape(python: string, file: string): string {
  return execFileSync(python, [join(__dirname, 'codeShape.py'), file], { encoding: 'utf8' });
}
