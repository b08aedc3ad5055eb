import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

/**
 * Where a function is reported: its name or head, so the squiggle does not
 * cover the whole body.
 */
export function headOf(
  fn: TSESTree.FunctionLike,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.SourceLocation {
  if (
    fn.type === AST_NODE_TYPES.TSDeclareFunction ||
    fn.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression
  ) {
    return fn.loc;
  }

  return ASTUtils.getFunctionHeadLocation(fn, sourceCode);
}
