import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

import { staticPropertyName } from './expressions.js';

/**
 * The value looked up in the collection a literal element belongs to:
 * `code` in `[12500009, …].includes(code)`, `new Set([…]).has(code)` or
 * `new Map([[12500009, …]]).get(code)` (keys only), directly or through a
 * `const` that holds the collection.
 */
export function lookedUpValueOf(
  kit: KitContext,
  element: TSESTree.Node,
): TSESTree.Node | undefined {
  const array = element.parent;

  if (array?.type !== AST_NODE_TYPES.ArrayExpression) {
    return undefined;
  }

  const entries = array.parent;

  if (
    entries.type === AST_NODE_TYPES.ArrayExpression &&
    isConstructionOf(entries.parent, 'Map')
  ) {
    return array.elements[0] === element
      ? lookupArgumentOf(kit, entries.parent, ['get', 'has'])
      : undefined;
  }

  return isConstructionOf(array.parent, 'Set')
    ? lookupArgumentOf(kit, array.parent, ['has'])
    : lookupArgumentOf(kit, array, ['includes']);
}

function isConstructionOf(
  node: TSESTree.Node | undefined,
  name: string,
): node is TSESTree.NewExpression {
  return (
    node?.type === AST_NODE_TYPES.NewExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === name
  );
}

/** The argument of the first lookup made on a collection. */
function lookupArgumentOf(
  kit: KitContext,
  collection: TSESTree.Node,
  methods: readonly string[],
): TSESTree.Node | undefined {
  const direct = argumentOfLookup(collection, methods);
  const declarator = collection.parent;

  if (
    direct !== undefined ||
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.init !== collection ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== 'const'
  ) {
    return direct;
  }

  const variable = ASTUtils.findVariable(
    kit.sourceCode.getScope(declarator),
    declarator.id,
  );

  for (const reference of variable?.references ?? []) {
    const argument = argumentOfLookup(reference.identifier, methods);

    if (argument !== undefined) {
      return argument;
    }
  }

  return undefined;
}

function argumentOfLookup(
  collection: TSESTree.Node,
  methods: readonly string[],
): TSESTree.Node | undefined {
  const member = collection.parent;

  if (
    member?.type !== AST_NODE_TYPES.MemberExpression ||
    member.object !== collection ||
    !methods.includes(staticPropertyName(member) ?? '') ||
    member.parent.type !== AST_NODE_TYPES.CallExpression ||
    member.parent.callee !== member
  ) {
    return undefined;
  }

  return member.parent.arguments[0];
}
