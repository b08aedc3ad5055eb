import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

import {
  isFunctionNode,
  skipTypeWrappers,
  staticPropertyName,
} from './expressions.js';
import { kitModuleOfSymbol } from './kit-declarations.js';
import { forEachNode } from './traverse.js';

/** Promise methods whose callbacks a rejection can reach, by argument. */
const REJECTION_HANDLER_INDEX: ReadonlyMap<string, number> = new Map([
  ['catch', 0],
  ['then', 1],
]);

/**
 * Tells whether a call or construction invokes a kit API, whatever the
 * callee is called locally: the callee's type is declared by the kit
 * (`userAuth.getAvailableStatus`, `instance.start`, `new userAuth.UserAuth`).
 */
export function isKitCall(
  kit: KitContext,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): boolean {
  return kit.remember('isKitCall', call, () => {
    const callee = skipTypeWrappers(call.callee);
    const type = kit.services.getTypeAtLocation(callee);

    return kitModuleOfSymbol(type.getSymbol()) !== undefined;
  });
}

/**
 * Tells whether a function handles the rejection of a promise a kit call
 * returned: `kitCall().catch(fn)`, `kitCall().then(ok, fn)`, also further
 * down a `.then()` chain.
 */
export function isKitErrorCallback(
  kit: KitContext,
  fn: TSESTree.FunctionLike,
): boolean {
  const origin = rejectedPromiseOriginOf(fn);

  return origin !== undefined && isKitCall(kit, origin);
}

/**
 * The call whose promise a function handles the rejection of: the start
 * of the chain in `call().catch(fn)` or `call().then(ok, fn)`.
 */
export function rejectedPromiseOriginOf(
  fn: TSESTree.FunctionLike,
): TSESTree.CallExpression | undefined {
  const call = fn.parent;

  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.MemberExpression
  ) {
    return undefined;
  }

  const method = staticPropertyName(call.callee);
  const index =
    method === undefined ? undefined : REJECTION_HANDLER_INDEX.get(method);

  if (index === undefined || call.arguments[index] !== fn) {
    return undefined;
  }

  const origin = promiseChainOrigin(call.callee.object);

  return origin.type === AST_NODE_TYPES.CallExpression ? origin : undefined;
}

/**
 * The calls a region makes itself, outside the functions it defines (which
 * may run later, elsewhere).
 */
export function directCallsIn(
  kit: KitContext,
  root: TSESTree.Node,
): CallLike[] {
  const calls: CallLike[] = [];

  forEachNode(kit, root, node => {
    if (node !== root && isFunctionNode(node)) {
      return 'skip';
    }

    if (
      node.type === AST_NODE_TYPES.CallExpression ||
      node.type === AST_NODE_TYPES.NewExpression
    ) {
      calls.push(node);
    }

    return undefined;
  });

  return calls;
}

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;

/** The call a `.then()`/`.catch()`/`.finally()` chain starts from. */
function promiseChainOrigin(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);

  while (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.MemberExpression &&
    ['catch', 'finally', 'then'].includes(
      staticPropertyName(current.callee) ?? '',
    )
  ) {
    current = skipTypeWrappers(current.callee.object);
  }

  return current;
}
