import type * as ts from 'typescript';

import type { CodeEnumName, KitModule } from '../catalogue/index.js';

import { isCodeEnumName } from '../catalogue/index.js';

/** The module specifiers that bring the kit into a file. */
export const KIT_MODULE_SPECIFIERS: ReadonlySet<string> = new Set([
  '@kit.UserAuthenticationKit',
  '@ohos.userIAM.faceAuth',
  '@ohos.userIAM.userAuth',
]);

/** The namespace each kit module declares, by module name. */
const MODULE_OF_SPECIFIER: ReadonlyMap<string, KitModule> = new Map([
  ['@ohos.userIAM.faceAuth', 'faceAuth'],
  ['@ohos.userIAM.userAuth', 'userAuth'],
]);

// `@ohos.userIAM.userAuth.d.ts`, `.d.ets` and the `.static.d.ets` variant.
const KIT_FILE_PATTERN =
  /(?:^|[\\/])(@ohos\.userIAM\.(?:userAuth|faceAuth))(?:\.static)?\.d\.e?ts$/u;

/**
 * The kit module a declaration belongs to: the SDK file it sits in, or the
 * ambient `declare module '@ohos.userIAM.userAuth'` around it. Matching by
 * declaration, never by local name, keeps look-alikes such as
 * `@ohos.account.osAccount`'s `UserAuth` out.
 */
export function kitModuleOfDeclaration(
  declaration: ts.Node,
): KitModule | undefined {
  const fileName = declaration.getSourceFile().fileName;
  const fileMatch = KIT_FILE_PATTERN.exec(fileName);

  if (fileMatch?.[1] !== undefined) {
    return MODULE_OF_SPECIFIER.get(fileMatch[1]);
  }

  return kitModuleOfAmbientDeclaration(declaration);
}

/** The kit module a symbol is declared in, if any. */
export function kitModuleOfSymbol(
  symbol: ts.Symbol | undefined,
): KitModule | undefined {
  for (const declaration of symbol?.getDeclarations() ?? []) {
    const module = kitModuleOfDeclaration(declaration);

    if (module !== undefined) {
      return module;
    }
  }

  return undefined;
}

/**
 * The name of the kit interface, class or enum a type stands for, looking
 * through `undefined` and `null` (`UserAuthResult | undefined`).
 */
export function kitTypeName(
  checker: ts.TypeChecker,
  type: ts.Type,
): string | undefined {
  const nonNullable = checker.getNonNullableType(type);
  // A union such as `EventInfo` has no symbol of its own, only its alias.
  const symbol = nonNullable.getSymbol() ?? nonNullable.aliasSymbol;

  return kitModuleOfSymbol(symbol) === undefined ? undefined : symbol?.name;
}

/**
 * The result enum a type belongs to when every part of it is a member of
 * that one enum (`UserAuthResultCode`, `UserAuthResultCode.LOCKED`, or a
 * union of members).
 */
export function codeEnumOfType(type: ts.Type): CodeEnumName | undefined {
  return codeEnumOfParts(type.isUnion() ? type.types : [type]);
}

/** The result enum that every one of several types is a member of. */
export function codeEnumOfParts(
  parts: readonly ts.Type[],
): CodeEnumName | undefined {
  let found: CodeEnumName | undefined;

  for (const part of parts) {
    const name = codeEnumOfMemberType(part);

    if (name === undefined || (found !== undefined && found !== name)) {
      return undefined;
    }

    found = name;
  }

  return found;
}

/** The result enum an enum-literal type is a member of. */
function codeEnumOfMemberType(type: ts.Type): CodeEnumName | undefined {
  if (!type.isNumberLiteral()) {
    return undefined;
  }

  const declaration = type.getSymbol()?.getDeclarations()?.[0];
  const enumName = enumNameOfMember(declaration);

  if (
    declaration === undefined ||
    enumName === undefined ||
    !isCodeEnumName(enumName) ||
    kitModuleOfDeclaration(declaration) !== 'userAuth'
  ) {
    return undefined;
  }

  return enumName;
}

/** The name of the enum an enum member declaration belongs to. */
function enumNameOfMember(member: ts.Node | undefined): string | undefined {
  const parent = member?.parent as Partial<ts.EnumDeclaration> | undefined;

  return parent?.members === undefined ? undefined : parent.name?.text;
}

/** The kit module named by a `declare module '…'` around a declaration. */
function kitModuleOfAmbientDeclaration(
  declaration: ts.Node,
): KitModule | undefined {
  // Only an ambient module can be named like a module specifier, so the
  // name alone tells; no syntax-kind constants are needed, which matters
  // because the ArkTS compiler numbers them differently.
  for (
    let node: ts.Node | undefined = declaration;
    node !== undefined;
    node = node.parent as ts.Node | undefined
  ) {
    const name = (node as Partial<ts.ModuleDeclaration>).name;
    const module = name && MODULE_OF_SPECIFIER.get(name.text);

    if (module !== undefined) {
      return module;
    }
  }

  return undefined;
}
