import type { TSESTree } from '@typescript-eslint/utils';

import type { KitContext } from './kit-context.js';

/** What a visitor tells the walk: `'skip'` leaves the node's children out. */
export type VisitResult = 'skip' | undefined;

/**
 * Visits a node and everything under it, by the parser's visitor keys (so
 * nodes the ArkTS parser adds, such as trailing closures, are visited too).
 */
export function forEachNode(
  kit: KitContext,
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => VisitResult,
): void {
  const keys = kit.sourceCode.visitorKeys;
  const pending: TSESTree.Node[] = [root];

  for (let node = pending.pop(); node; node = pending.pop()) {
    if (visit(node) === 'skip') {
      continue;
    }

    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];

      for (const item of Array.isArray(child) ? child : [child]) {
        if (isNode(item)) {
          pending.push(item);
        }
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
