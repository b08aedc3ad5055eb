import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

import { numericLiteralValue, skipTypeWrappers } from './expressions.js';
import { constDeclaratorOf, soleDefinitionOf } from './variables.js';

const MAX_FOLLOW_DEPTH = 8;

/**
 * The numbers an expression can hold, when that is known: a literal, a
 * `const` with a known initialiser, or a type made only of number literals
 * (enum members count: `UserAuthResultCode.LOCKED` gives 12500009, the
 * enum type gives every member). Undefined when any value is unknown.
 */
export function numericValuesOf(
  kit: KitContext,
  node: TSESTree.Node,
  depth = 0,
): readonly number[] | undefined {
  const expression = skipTypeWrappers(node);
  const literal = numericLiteralValue(expression);

  if (literal !== undefined) {
    return [literal];
  }

  const initialiser = constInitialiserOf(kit, expression);

  if (initialiser !== undefined && depth < MAX_FOLLOW_DEPTH) {
    const followed = numericValuesOf(kit, initialiser, depth + 1);

    if (followed !== undefined) {
      return followed;
    }
  }

  return numberLiteralsOfType(kit, expression);
}

/** The initialiser of the `const` an identifier names, if it is one. */
function constInitialiserOf(
  kit: KitContext,
  expression: TSESTree.Node,
): TSESTree.Expression | undefined {
  if (expression.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }

  const definition = soleDefinitionOf(kit, expression);
  const declarator = definition && constDeclaratorOf(definition);

  return declarator?.id.type === AST_NODE_TYPES.Identifier
    ? (declarator.init ?? undefined)
    : undefined;
}

function numberLiteralsOfType(
  kit: KitContext,
  expression: TSESTree.Node,
): readonly number[] | undefined {
  const type = kit.services.getTypeAtLocation(expression);
  const parts = type.isUnion() ? type.types : [type];
  const values: number[] = [];

  for (const part of parts) {
    if (!part.isNumberLiteral()) {
      return undefined;
    }

    values.push(part.value);
  }

  return values;
}
