import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * Looks through what does not change a value: type assertions, non-null
 * assertions, `satisfies` and optional-chain wrappers.
 */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;

  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * The name a callee is written with, from the source alone: `f` in `f()`,
 * `start` in `instance.start()`, `UserAuth` in `new userAuth.UserAuth()`.
 */
export function writtenCalleeName(callee: TSESTree.Node): string | undefined {
  const expression = skipTypeWrappers(callee);

  if (expression.type === AST_NODE_TYPES.Identifier) {
    return expression.name;
  }

  return expression.type === AST_NODE_TYPES.MemberExpression
    ? staticPropertyName(expression)
    : undefined;
}

/** The name of a property read with `.name` or `['name']`. */
export function staticPropertyName(
  member: TSESTree.MemberExpression,
): string | undefined {
  if (!member.computed) {
    return member.property.type === AST_NODE_TYPES.Identifier
      ? member.property.name
      : undefined;
  }

  return member.property.type === AST_NODE_TYPES.Literal &&
    typeof member.property.value === 'string'
    ? member.property.value
    : undefined;
}

/**
 * The number a numeric literal writes, looking through a leading minus
 * (`-1`). Anything else gives undefined.
 */
export function numericLiteralValue(node: TSESTree.Node): number | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'number' ? node.value : undefined;
  }

  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-') {
    const operand = node.argument;

    return operand.type === AST_NODE_TYPES.Literal &&
      typeof operand.value === 'number'
      ? -operand.value
      : undefined;
  }

  return undefined;
}

/** Tells whether a node starts a function body of its own. */
export function isFunctionNode(
  node: TSESTree.Node,
): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/**
 * The property key an identifier is bound to in an object pattern
 * (`code` in `{ result: code }` gives `result`), when it is a direct
 * property of the pattern.
 */
export function patternKeyOf(
  pattern: TSESTree.Node,
  identifier: TSESTree.Identifier,
): string | undefined {
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) {
    return undefined;
  }

  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      continue;
    }

    const value =
      property.value.type === AST_NODE_TYPES.AssignmentPattern
        ? property.value.left
        : property.value;

    if (value === identifier) {
      return propertyKeyName(property);
    }
  }

  return undefined;
}

/** The name of a property's key, when it is written out. */
export function propertyKeyName(
  property: TSESTree.Property,
): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) {
    return property.key.name;
  }

  return property.key.type === AST_NODE_TYPES.Literal
    ? String(property.key.value)
    : undefined;
}
