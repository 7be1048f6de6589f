/**
 * Two rules that keep browser tests independent of how busy the machine is, checked over the
 * test sources with the TypeScript parser (see tests/unit/support/test-lint.test.ts):
 * - every wait on the app states its timeout: `expect.poll(…)` and Playwright's `waitFor…(…)`
 *   calls (except `waitForTimeout`, a plain sleep) need an object argument with a `timeout`
 *   property (or a `const` options object that has one, passed or spread), since their defaults (1 s for expect.poll, 30 s for Playwright) fail on a slow host;
 * - no assertion reads the clock: `performance.now()` / `Date.now()` inside `expect(…)`.
 */
import ts from 'typescript';

export interface LintFinding {
  file: string;
  /** 1-based line of the call. */
  line: number;
  rule: 'wait-without-timeout' | 'timed-assertion';
  /** The call's source text, shortened. */
  text: string;
}

/** `expect.poll`, `expect\n.poll`, `page.waitForURL`, `locator.waitFor`… but not `waitForTimeout`. */
function isWait(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const name = callee.name.text;
  if (name === 'poll') return ts.isIdentifier(callee.expression) && callee.expression.text === 'expect';
  return name.startsWith('waitFor') && name !== 'waitForTimeout';
}

/** An object literal with a `timeout` property, or spreading an options constant that has one. */
function objectWithTimeout(node: ts.Expression, optionNames: ReadonlySet<string>): boolean {
  return (
    ts.isObjectLiteralExpression(node) &&
    node.properties.some(
      (p) =>
        ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
          ts.isIdentifier(p.name) &&
          p.name.text === 'timeout') ||
        (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression) && optionNames.has(p.expression.text)),
    )
  );
}

/** Names of `const x = { timeout: … }` declarations in the file: shared wait options. */
function timeoutConstants(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer !== undefined &&
      ts.isVariableDeclarationList(node.parent) &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0 &&
      objectWithTimeout(node.initializer, names)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

function hasTimeoutOption(call: ts.CallExpression, optionNames: ReadonlySet<string>): boolean {
  return call.arguments.some(
    (arg) => objectWithTimeout(arg, optionNames) || (ts.isIdentifier(arg) && optionNames.has(arg.text)),
  );
}

function isClockRead(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'now' &&
    ts.isIdentifier(node.expression.expression) &&
    ['performance', 'Date'].includes(node.expression.expression.text)
  );
}

function readsClock(node: ts.Node): boolean {
  return isClockRead(node) || (ts.forEachChild(node, (child) => readsClock(child) || undefined) ?? false);
}

/** Findings of both rules in one source file. */
export function lintTestSource(file: string, source: string): LintFinding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: LintFinding[] = [];
  const optionNames = timeoutConstants(sf);
  const report = (node: ts.Node, rule: LintFinding['rule']) =>
    findings.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      rule,
      text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 100),
    });
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      if (isWait(node.expression) && !hasTimeoutOption(node, optionNames))
        report(node, 'wait-without-timeout');
      if (
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'expect' &&
        node.arguments.some(readsClock)
      ) {
        report(node, 'timed-assertion');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
