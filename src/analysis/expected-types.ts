import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import type { CodeEnumName } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';

import { codeEnumOfParts } from './kit-declarations.js';
import { tsNodeOf } from './kit-context.js';
import { typescriptOf } from './typescript-module.js';

/**
 * The result enum the code around an expression expects it to be: an
 * argument for a parameter typed `UserAuthResultCode`, a value assigned,
 * returned or stored where that type is declared. Object types in the
 * expected type are set aside: an `async` function declared to return
 * `Promise<UserAuthResultCode>` expects `UserAuthResultCode` or a promise
 * of it from a `return`.
 */
export function expectedCodeEnumAt(
  kit: KitContext,
  expression: TSESTree.Node,
): CodeEnumName | undefined {
  const node = tsNodeOf(kit, expression) as ts.Expression;
  const expected = kit.checker.getContextualType(node);

  if (expected === undefined) {
    return undefined;
  }

  const { TypeFlags } = typescriptOf(kit.services);
  const parts = expected.isUnion() ? expected.types : [expected];

  return codeEnumOfParts(
    parts.filter(part => (part.flags & TypeFlags.Object) === 0),
  );
}
