import type { TSESTree } from '@typescript-eslint/utils';

import { ASTUtils, TSESLint } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

/** The single definition behind an identifier, if it has exactly one. */
export function soleDefinitionOf(
  kit: KitContext,
  identifier: TSESTree.Identifier,
): TSESLint.Scope.Definition | undefined {
  const scope = kit.sourceCode.getScope(identifier);
  const variable = ASTUtils.findVariable(scope, identifier);

  return variable?.defs.length === 1 ? variable.defs[0] : undefined;
}

/**
 * The declarator of a `const` that defines an identifier, so that the
 * value it names can be followed to its initialiser.
 */
export function constDeclaratorOf(
  definition: TSESLint.Scope.Definition,
): TSESTree.VariableDeclarator | undefined {
  if (
    definition.type !== TSESLint.Scope.DefinitionType.Variable ||
    definition.parent.kind !== 'const' ||
    definition.node.init === null
  ) {
    return undefined;
  }

  return definition.node;
}
