import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import type { CodeEnumName } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';

import { codeEnumOfType } from './kit-declarations.js';
import { tsNodeOf } from './kit-context.js';

/**
 * The result enum the code around an expression expects it to be: an
 * argument for a parameter typed `UserAuthResultCode`, a value assigned,
 * returned or stored where that type is declared.
 */
export function expectedCodeEnumAt(
  kit: KitContext,
  expression: TSESTree.Node,
): CodeEnumName | undefined {
  const node = tsNodeOf(kit, expression) as ts.Expression;
  const expected = kit.checker.getContextualType(node);

  return expected === undefined ? undefined : codeEnumOfType(expected);
}
