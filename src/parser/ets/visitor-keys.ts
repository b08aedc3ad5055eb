import { visitorKeys as typescriptKeys } from '@typescript-eslint/visitor-keys';

/**
 * typescript-eslint's visitor keys plus the two places the ArkTS lowering
 * adds children: a component call's trailing closure and a function's
 * decorators (`@Builder`, `@Styles`, `@Extend(Text)`). ESLint's traversal
 * and the scope analysis both use these keys.
 */
export const etsVisitorKeys: Readonly<Record<string, readonly string[]>> = {
  ...typescriptKeys,
  CallExpression: [...(typescriptKeys.CallExpression ?? []), 'trailingClosure'],
  FunctionDeclaration: [
    'decorators',
    ...(typescriptKeys.FunctionDeclaration ?? []),
  ],
};
