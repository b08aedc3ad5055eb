import type * as ts from 'typescript';

/**
 * Where a code is held when a region of code starts: variables holding the
 * code itself (`code` in `onResult(code)`), and variables holding an
 * object whose `subjectProperty` is the code (`result` in
 * `onResult(result)`, with `result.result`).
 */
export interface SubjectSeeds {
  readonly holders: readonly ts.Symbol[];
  readonly subjectProperty: string;
  readonly subjects: readonly ts.Symbol[];
}

/** What a region of code does with the code it is given. */
export interface HandledCodes {
  /** A `default` case or a final `else` of a test on the code. */
  readonly catchAll: boolean;
  /** Every code value the region compares the code with. */
  readonly codes: ReadonlySet<number>;
  /** Whether the region reads the code at all. */
  readonly readsSubject: boolean;
  /** Whether the region throws a holder on (`throw error` in a `catch`). */
  readonly rethrows: boolean;
  /** Where the region reads the code, in the region's own file. */
  readonly subjectReads: readonly ts.Expression[];
  /** The `switch` statements on the code, in the region's own file. */
  readonly switches: readonly ts.SwitchStatement[];
}

/** How many calls deep the code is followed into helper functions. */
const MAX_CALL_DEPTH = 4;

/** How many `const` links are followed to find a value. */
const MAX_CONST_DEPTH = 8;

interface Walk {
  catchAll: boolean;
  readonly checker: ts.TypeChecker;
  readonly codes: Set<number>;
  readonly holders: Set<ts.Symbol>;
  readsSubject: boolean;
  rethrows: boolean;
  readonly rootFile: ts.SourceFile;
  readonly subjectProperty: string;
  readonly subjectReads: ts.Expression[];
  readonly subjects: Set<ts.Symbol>;
  readonly switches: ts.SwitchStatement[];
  readonly ts: typeof ts;
  /** Helper parameters already followed, so recursion terminates. */
  readonly visitedParameters: Set<ts.Node>;
}

/**
 * Collects the codes a region of code tests its subject against. A code
 * counts when the subject is compared with it (`===`, `==`, `!==`, `!=`,
 * either side), named by a `case`, found with `[…].includes(subject)`,
 * `new Set([…]).has(subject)`, `map.get(subject)` or `record[subject]`
 * on a collection whose keys are codes. The subject is followed through
 * `const` aliases, destructuring, casts, optional chains, and into helper
 * functions whose bodies are in the program when it, or the object that
 * holds it, is passed to them.
 */
export function collectHandledCodes(
  typescript: typeof ts,
  checker: ts.TypeChecker,
  region: ts.Node,
  seeds: SubjectSeeds,
): HandledCodes {
  const walk: Walk = {
    catchAll: false,
    checker,
    codes: new Set(),
    holders: new Set(seeds.holders),
    readsSubject: false,
    rethrows: false,
    rootFile: region.getSourceFile(),
    subjectProperty: seeds.subjectProperty,
    subjectReads: [],
    subjects: new Set(seeds.subjects),
    switches: [],
    ts: typescript,
    visitedParameters: new Set(),
  };

  visitRegion(walk, region, 0);

  return walk;
}

function visitRegion(walk: Walk, region: ts.Node, depth: number): void {
  const visit = (node: ts.Node): void => {
    inspect(walk, node, depth);
    walk.ts.forEachChild(node, visit);
  };

  visit(region);
}

/** Looks at one node for aliases, tests and calls that pass the code on. */
function inspect(walk: Walk, node: ts.Node, depth: number): void {
  const typescript = walk.ts;

  if (isSubject(walk, node)) {
    walk.readsSubject = true;

    if (node.getSourceFile() === walk.rootFile) {
      walk.subjectReads.push(node as ts.Expression);
    }
  }

  if (typescript.isThrowStatement(node) && isHolder(walk, node.expression)) {
    walk.rethrows = true;
  }

  if (typescript.isVariableDeclaration(node)) {
    recordAlias(walk, node.name, node.initializer);
  } else if (typescript.isSwitchStatement(node)) {
    inspectSwitch(walk, node);
  } else if (typescript.isBinaryExpression(node)) {
    inspectComparison(walk, node);
  } else if (typescript.isIfStatement(node)) {
    inspectElse(walk, node);
  } else if (typescript.isCallExpression(node)) {
    inspectCall(walk, node, depth);
  } else if (
    typescript.isElementAccessExpression(node) &&
    isSubject(walk, node.argumentExpression)
  ) {
    addValues(walk, collectionKeys(walk, node.expression));
  }
}

/** `const code = result.result`, `const { result } = outcome`, … */
function recordAlias(
  walk: Walk,
  name: ts.BindingName,
  initializer: ts.Expression | undefined,
): void {
  const typescript = walk.ts;

  if (initializer === undefined) {
    return;
  }

  if (typescript.isIdentifier(name)) {
    const symbol = walk.checker.getSymbolAtLocation(name);

    if (symbol !== undefined && isSubject(walk, initializer)) {
      walk.subjects.add(symbol);
    } else if (symbol !== undefined && isHolder(walk, initializer)) {
      walk.holders.add(symbol);
    }

    return;
  }

  if (typescript.isObjectBindingPattern(name) && isHolder(walk, initializer)) {
    addSubjectsFromPattern(walk, name);
  }
}

/** Adds the variables a pattern binds to the subject property. */
function addSubjectsFromPattern(
  walk: Walk,
  pattern: ts.ObjectBindingPattern,
): void {
  const bound = identifiersBoundTo(walk.ts, pattern, walk.subjectProperty);

  for (const identifier of bound) {
    const symbol = walk.checker.getSymbolAtLocation(identifier);

    if (symbol !== undefined) {
      walk.subjects.add(symbol);
    }
  }
}

/**
 * The identifiers a pattern binds to a property: `code` in
 * `{ result: code }`, `result` in `{ result }`.
 */
export function identifiersBoundTo(
  typescript: typeof ts,
  pattern: ts.ObjectBindingPattern,
  property: string,
): ts.Identifier[] {
  return pattern.elements.flatMap(element => {
    const key = element.propertyName ?? element.name;
    const keyText = typescript.isIdentifier(key) ? key.text : undefined;

    return keyText === property && typescript.isIdentifier(element.name)
      ? [element.name]
      : [];
  });
}

function inspectSwitch(walk: Walk, node: ts.SwitchStatement): void {
  if (!isSubject(walk, node.expression)) {
    return;
  }

  if (node.getSourceFile() === walk.rootFile) {
    walk.switches.push(node);
  }

  for (const clause of node.caseBlock.clauses) {
    if (walk.ts.isCaseClause(clause)) {
      addValues(walk, valuesOf(walk, clause.expression, 0));
    } else {
      walk.catchAll = true;
    }
  }
}

function inspectComparison(walk: Walk, node: ts.BinaryExpression): void {
  const kind = node.operatorToken.kind;
  const { SyntaxKind } = walk.ts;

  if (
    kind !== SyntaxKind.EqualsEqualsEqualsToken &&
    kind !== SyntaxKind.EqualsEqualsToken &&
    kind !== SyntaxKind.ExclamationEqualsEqualsToken &&
    kind !== SyntaxKind.ExclamationEqualsToken
  ) {
    return;
  }

  if (isSubject(walk, node.left)) {
    addValues(walk, valuesOf(walk, node.right, 0));
  } else if (isSubject(walk, node.right)) {
    addValues(walk, valuesOf(walk, node.left, 0));
  }
}

/** A final `else` after a test on the code catches every other code. */
function inspectElse(walk: Walk, node: ts.IfStatement): void {
  const elseBranch = node.elseStatement;

  if (
    elseBranch !== undefined &&
    !walk.ts.isIfStatement(elseBranch) &&
    mentionsSubject(walk, node.expression)
  ) {
    walk.catchAll = true;
  }
}

function inspectCall(walk: Walk, node: ts.CallExpression, depth: number): void {
  const typescript = walk.ts;
  const callee = node.expression;
  const [firstArgument] = node.arguments;

  if (
    typescript.isPropertyAccessExpression(callee) &&
    firstArgument !== undefined &&
    isSubject(walk, firstArgument)
  ) {
    const method = callee.name.text;

    if (method === 'includes') {
      addValues(walk, collectionKeys(walk, callee.expression));
      return;
    }

    if (method === 'has' || method === 'get') {
      addValues(walk, collectionKeys(walk, callee.expression));
      return;
    }
  }

  node.arguments.forEach((argument, index) => {
    if (isSubject(walk, argument)) {
      followIntoHelper(walk, node, index, 'subject', depth);
    } else if (isHolder(walk, argument)) {
      followIntoHelper(walk, node, index, 'holder', depth);
    }
  });
}

/**
 * Follows the code into a helper whose body is in the program: its
 * parameter becomes a subject (or a holder) and its body is collected too.
 */
function followIntoHelper(
  walk: Walk,
  call: ts.CallExpression,
  index: number,
  role: 'holder' | 'subject',
  depth: number,
): void {
  if (depth >= MAX_CALL_DEPTH) {
    return;
  }

  const helper = helperFunctionOf(walk, call.expression);
  const parameter = helper?.parameters[index];

  if (
    helper?.body === undefined ||
    parameter === undefined ||
    parameter.dotDotDotToken !== undefined ||
    walk.visitedParameters.has(parameter)
  ) {
    return;
  }

  walk.visitedParameters.add(parameter);
  seedParameter(walk, parameter, role);
  visitRegion(walk, helper.body, depth + 1);
}

function seedParameter(
  walk: Walk,
  parameter: ts.ParameterDeclaration,
  role: 'holder' | 'subject',
): void {
  if (walk.ts.isObjectBindingPattern(parameter.name)) {
    if (role === 'holder') {
      addSubjectsFromPattern(walk, parameter.name);
    }

    return;
  }

  const symbol = walk.checker.getSymbolAtLocation(parameter.name);

  if (symbol !== undefined) {
    (role === 'subject' ? walk.subjects : walk.holders).add(symbol);
  }
}

/** The function a call runs, when its declaration has a body. */
function helperFunctionOf(
  walk: Walk,
  callee: ts.Expression,
): (ts.SignatureDeclaration & { body?: ts.Node }) | undefined {
  const typescript = walk.ts;
  const target = typescript.isPropertyAccessExpression(callee)
    ? callee.name
    : skipWrappers(walk, callee);
  let symbol = walk.checker.getSymbolAtLocation(target);

  if (symbol !== undefined && symbol.flags & typescript.SymbolFlags.Alias) {
    symbol = walk.checker.getAliasedSymbol(symbol);
  }

  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];

  if (declaration === undefined) {
    return undefined;
  }

  if (
    typescript.isFunctionDeclaration(declaration) ||
    typescript.isMethodDeclaration(declaration) ||
    typescript.isFunctionExpression(declaration) ||
    typescript.isArrowFunction(declaration)
  ) {
    return declaration;
  }

  const initializer =
    typescript.isVariableDeclaration(declaration) ||
    typescript.isPropertyAssignment(declaration) ||
    typescript.isPropertyDeclaration(declaration)
      ? declaration.initializer
      : undefined;

  return initializer !== undefined &&
    (typescript.isArrowFunction(initializer) ||
      typescript.isFunctionExpression(initializer))
    ? initializer
    : undefined;
}

/** Whether an expression is the code: a subject variable or `holder.x`. */
function isSubject(walk: Walk, node: ts.Node): boolean {
  const typescript = walk.ts;
  const expression = skipWrappers(walk, node);

  if (typescript.isIdentifier(expression)) {
    return hasSymbol(walk, expression, walk.subjects);
  }

  if (typescript.isPropertyAccessExpression(expression)) {
    return (
      expression.name.text === walk.subjectProperty &&
      isHolder(walk, expression.expression)
    );
  }

  return (
    typescript.isElementAccessExpression(expression) &&
    typescript.isStringLiteral(expression.argumentExpression) &&
    expression.argumentExpression.text === walk.subjectProperty &&
    isHolder(walk, expression.expression)
  );
}

function isHolder(walk: Walk, node: ts.Node): boolean {
  const expression = skipWrappers(walk, node);

  return (
    walk.ts.isIdentifier(expression) &&
    hasSymbol(walk, expression, walk.holders)
  );
}

function hasSymbol(
  walk: Walk,
  identifier: ts.Identifier,
  symbols: ReadonlySet<ts.Symbol>,
): boolean {
  // A variable is read by its own name, so most identifiers are ruled out
  // without asking the checker.
  if (!hasSymbolNamed(symbols, identifier.text)) {
    return false;
  }

  // A shorthand property `{ code }` names the variable, not the property.
  const symbol = walk.ts.isShorthandPropertyAssignment(identifier.parent)
    ? walk.checker.getShorthandAssignmentValueSymbol(identifier.parent)
    : walk.checker.getSymbolAtLocation(identifier);

  return symbol !== undefined && symbols.has(symbol);
}

function hasSymbolNamed(
  symbols: ReadonlySet<ts.Symbol>,
  name: string,
): boolean {
  for (const symbol of symbols) {
    if (symbol.name === name) {
      return true;
    }
  }

  return false;
}

/** Whether a condition tests the subject anywhere inside it. */
function mentionsSubject(walk: Walk, condition: ts.Node): boolean {
  let found = isSubject(walk, condition);

  walk.ts.forEachChild(condition, child => {
    found ||= mentionsSubject(walk, child);
  });

  return found;
}

/** Looks through parentheses, casts and non-null assertions. */
function skipWrappers(walk: Walk, node: ts.Node): ts.Node {
  const typescript = walk.ts;
  let current = node;

  while (
    typescript.isParenthesizedExpression(current) ||
    typescript.isAsExpression(current) ||
    typescript.isNonNullExpression(current) ||
    typescript.isSatisfiesExpression(current) ||
    typescript.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }

  return current;
}

function addValues(walk: Walk, values: readonly number[]): void {
  for (const value of values) {
    walk.codes.add(value);
  }
}

/**
 * The numbers an expression can hold: a literal, a `const` with a known
 * initialiser, or a type made only of number literals (enum members).
 */
function valuesOf(walk: Walk, node: ts.Node, depth: number): number[] {
  const typescript = walk.ts;
  const expression = skipWrappers(walk, node);

  if (typescript.isNumericLiteral(expression)) {
    return [Number(expression.text)];
  }

  if (
    typescript.isPrefixUnaryExpression(expression) &&
    expression.operator === typescript.SyntaxKind.MinusToken &&
    typescript.isNumericLiteral(expression.operand)
  ) {
    return [-Number(expression.operand.text)];
  }

  const initializer = constInitializerOf(walk, expression);

  if (initializer !== undefined && depth < MAX_CONST_DEPTH) {
    const followed = valuesOf(walk, initializer, depth + 1);

    if (followed.length > 0) {
      return followed;
    }
  }

  const type = walk.checker.getTypeAtLocation(expression);

  // Only a single literal names a code: a value typed with the whole enum
  // (or a union of members) may hold any of them, so it tests none.
  return type.isNumberLiteral() ? [type.value] : [];
}

/** The initialiser of the `const` an identifier names. */
function constInitializerOf(
  walk: Walk,
  expression: ts.Node,
): ts.Expression | undefined {
  const typescript = walk.ts;

  if (!typescript.isIdentifier(expression)) {
    return undefined;
  }

  const declaration =
    walk.checker.getSymbolAtLocation(expression)?.valueDeclaration;

  if (
    declaration === undefined ||
    !typescript.isVariableDeclaration(declaration) ||
    !(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const)
  ) {
    return undefined;
  }

  return declaration.initializer;
}

/**
 * The code values a collection holds as elements or keys: an array
 * literal, `new Set([…])`, `new Map([[key, value], …])`, or an object
 * literal keyed by codes (`{ [Codes.LOCKED]: '…' }`, `{ 12500009: '…' }`),
 * directly or through a `const`.
 */
function collectionKeys(walk: Walk, node: ts.Node, depth = 0): number[] {
  const typescript = walk.ts;
  const expression = skipWrappers(walk, node);
  const initializer = constInitializerOf(walk, expression);

  if (initializer !== undefined && depth < MAX_CONST_DEPTH) {
    return collectionKeys(walk, initializer, depth + 1);
  }

  if (typescript.isArrayLiteralExpression(expression)) {
    return expression.elements.flatMap(element => valuesOf(walk, element, 0));
  }

  if (
    typescript.isNewExpression(expression) &&
    typescript.isIdentifier(expression.expression) &&
    expression.arguments?.[0] !== undefined
  ) {
    return constructedKeys(
      walk,
      expression.expression.text,
      expression.arguments[0],
    );
  }

  return typescript.isObjectLiteralExpression(expression)
    ? expression.properties.flatMap(property =>
        propertyKeyValues(walk, property),
      )
    : [];
}

function constructedKeys(
  walk: Walk,
  constructor: string,
  entries: ts.Expression,
): number[] {
  const typescript = walk.ts;

  if (constructor === 'Set') {
    return collectionKeys(walk, entries);
  }

  if (constructor !== 'Map' || !typescript.isArrayLiteralExpression(entries)) {
    return [];
  }

  return entries.elements.flatMap(entry =>
    typescript.isArrayLiteralExpression(entry) &&
    entry.elements[0] !== undefined
      ? valuesOf(walk, entry.elements[0], 0)
      : [],
  );
}

function propertyKeyValues(walk: Walk, property: ts.Node): number[] {
  const typescript = walk.ts;

  if (!typescript.isPropertyAssignment(property)) {
    return [];
  }

  const name = property.name;

  if (typescript.isComputedPropertyName(name)) {
    return valuesOf(walk, name.expression, 0);
  }

  const text =
    typescript.isNumericLiteral(name) || typescript.isStringLiteral(name)
      ? name.text
      : '';

  return /^-?\d+$/u.test(text) ? [Number(text)] : [];
}

/**
 * The text of the first read of the code straight from a holder variable
 * (`error.code`, `(error as BusinessError).code`): code inserted at the
 * top of a region can read the code that way, where aliases declared later
 * in the region are not yet in scope.
 */
export function directReadText(
  typescript: typeof ts,
  handled: HandledCodes,
  holderName: string,
): string | undefined {
  return handled.subjectReads
    .find(read => readsHolderDirectly(typescript, read, holderName))
    ?.getText();
}

function readsHolderDirectly(
  typescript: typeof ts,
  read: ts.Expression,
  holderName: string,
): boolean {
  if (!typescript.isPropertyAccessExpression(read)) {
    return false;
  }

  let holder: ts.Expression = read.expression;

  while (
    typescript.isParenthesizedExpression(holder) ||
    typescript.isAsExpression(holder) ||
    typescript.isNonNullExpression(holder)
  ) {
    holder = holder.expression;
  }

  return typescript.isIdentifier(holder) && holder.text === holderName;
}
