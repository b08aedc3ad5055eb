import type { TSESTree } from '@typescript-eslint/utils';

import type { ApiInfo } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';

import { findApi } from '../catalogue/index.js';
import { skipTypeWrappers, writtenCalleeName } from './expressions.js';
import { kitModuleOfDeclaration } from './kit-declarations.js';
import { typescriptOf } from './typescript-module.js';

/**
 * The class name a `new` expression writes, read from the source alone:
 * `UserAuth` in `new UserAuth()` and in `new userAuth.UserAuth()`.
 */
export function constructedName(
  expression: TSESTree.NewExpression,
): string | undefined {
  return writtenCalleeName(expression.callee);
}

/**
 * The kit constructor a `new` expression calls, found through the class
 * the callee's value belongs to. The class must be declared by a kit
 * module, so a class of the same name elsewhere (`osAccount.UserAuth`, or
 * one of the app's own) is never taken for the kit's.
 */
export function kitApiOfConstruction(
  kit: KitContext,
  expression: TSESTree.NewExpression,
): ApiInfo | undefined {
  const typescript = typescriptOf(kit.services);
  const callee = skipTypeWrappers(expression.callee);
  // The value of a class name is typed `typeof Class`, whose symbol is
  // the class itself, whether it is read through the namespace, a
  // destructured `const` or a re-export.
  const symbol = kit.services.getTypeAtLocation(callee).getSymbol();
  const declaration = symbol
    ?.getDeclarations()
    ?.find(candidate => typescript.isClassDeclaration(candidate));
  const className = declaration?.name?.text;
  const module = declaration && kitModuleOfDeclaration(declaration);

  return className === undefined || module === undefined
    ? undefined
    : findApi(module, className, 'constructor');
}
