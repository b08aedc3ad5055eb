import type { TSESTree } from '@typescript-eslint/utils';

import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';

import { etsVisitorKeys } from './visitor-keys.js';

/** Structs the ArkUI runtime uses without a reference in the code. */
const IMPLICITLY_USED_STRUCT_DECORATORS = new Set(['Entry', 'Preview']);

/** Functions ArkUI calls as attributes (`.cardStyle()`), not by name. */
const IMPLICITLY_USED_FUNCTION_DECORATORS = new Set([
  'AnimatableExtend',
  'Extend',
  'Styles',
]);

interface Marked {
  readonly arkts?: string;
  readonly decorators?: readonly TSESTree.Decorator[];
}

/** Runs scope analysis over an ArkTS ESTree. */
export function analyzeEtsScopes(ast: TSESTree.Program): ScopeManager {
  const scopeManager = withFunctionDecorators(ast, () =>
    analyze(ast, {
      childVisitorKeys: etsVisitorKeys,
      lib: ['esnext'],
      sourceType: 'module',
    }),
  );

  markImplicitUses(ast, scopeManager);
  dropImplicitReceivers(scopeManager);

  return scopeManager;
}

/** The node's type as a plain string (the AST enum is not bundled). */
function typeOf(node: TSESTree.Node): string {
  return node.type;
}

function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression =
    typeOf(decorator.expression) === 'CallExpression'
      ? (decorator.expression as TSESTree.CallExpression).callee
      : decorator.expression;

  return typeOf(expression) === 'Identifier'
    ? (expression as TSESTree.Identifier).name
    : undefined;
}

/**
 * Scope analysis skips the decorators of functions (TypeScript allows none),
 * so `@Tracked` on a function would leave the annotation unused. While it
 * runs, each decorated function is preceded by a statement holding its
 * decorators' expressions, which is where they are evaluated; the
 * references point at the real identifiers.
 */
function withFunctionDecorators<T>(ast: TSESTree.Program, run: () => T): T {
  const body = ast.body;
  const visited: TSESTree.ProgramStatement[] = [];

  for (const statement of body) {
    const declaration = (
      'declaration' in statement && statement.declaration
        ? statement.declaration
        : statement
    ) as TSESTree.Node & Marked;
    const decorators = declaration.decorators ?? [];

    if (
      typeOf(declaration) === 'FunctionDeclaration' &&
      decorators.length > 0
    ) {
      visited.push({
        type: 'ExpressionStatement',
        expression: {
          type: 'SequenceExpression',
          expressions: decorators.map(decorator => decorator.expression),
        },
      } as unknown as TSESTree.ProgramStatement);
    }

    visited.push(statement);
  }

  ast.body = visited;

  try {
    return run();
  } finally {
    ast.body = body;
  }
}

function markImplicitUses(
  ast: TSESTree.Program,
  scopeManager: ScopeManager,
): void {
  for (const statement of ast.body) {
    const declaration =
      'declaration' in statement && statement.declaration
        ? statement.declaration
        : statement;
    const marked = declaration as Marked;
    const names = (marked.decorators ?? []).map(decoratorName);
    const used =
      marked.arkts === 'struct'
        ? names.some(name => IMPLICITLY_USED_STRUCT_DECORATORS.has(name ?? ''))
        : typeOf(declaration) === 'FunctionDeclaration' &&
          names.some(name =>
            IMPLICITLY_USED_FUNCTION_DECORATORS.has(name ?? ''),
          );

    if (used) {
      for (const variable of scopeManager.getDeclaredVariables(declaration)) {
        variable.eslintUsed = true;
      }
    }
  }
}

/**
 * The zero-width receivers of `.padding(12)` in `@Styles` bodies name
 * `CommonInstance` and the like, which no code declares: they must not show
 * up as references (no-undef would report them).
 */
function dropImplicitReceivers(scopeManager: ScopeManager): void {
  const isReal = (reference: { identifier: unknown }): boolean =>
    (reference.identifier as Marked).arkts !== 'implicitReceiver';

  for (const scope of scopeManager.scopes) {
    const writable = scope as unknown as {
      references: typeof scope.references;
      through: typeof scope.through;
    };

    writable.references = scope.references.filter(isReal);
    writable.through = scope.through.filter(isReal);
  }
}
