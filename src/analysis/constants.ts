import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils, TSESLint } from '@typescript-eslint/utils';

import type { CodeEnumName } from '../catalogue/index.js';
import type { KitContext } from './kit-context.js';

import { isCodeEnumName } from '../catalogue/index.js';
import { skipTypeWrappers } from './expressions.js';
import { kitModuleOfSymbol } from './kit-declarations.js';

/** How a fix can name the constants of a result enum at some place. */
export interface EnumReference {
  /** The expression that names the enum (`userAuth.UserAuthResultCode`). */
  readonly text: string;
  /** The binding the expression starts with. */
  readonly variable: TSESLint.Scope.Variable;
}

/** A binding of the userAuth namespace or of one of its result enums. */
export interface KitBinding {
  readonly enumName?: CodeEnumName;
  readonly variable: TSESLint.Scope.Variable;
}

/**
 * Finds how a fix at `node` can name a result enum: a binding of the enum
 * itself (`const Codes = userAuth.UserAuthResultCode`) or of the namespace
 * (`userAuth.UserAuthResultCode`), visible and not shadowed there. Value
 * bindings only: a type-only import cannot be read at run time.
 */
export function enumReferenceAt(
  kit: KitContext,
  enumName: CodeEnumName,
  node: TSESTree.Node,
  bindings: readonly KitBinding[],
): EnumReference | undefined {
  const scope = kit.sourceCode.getScope(node);
  const visible = bindings.filter(
    binding =>
      ASTUtils.findVariable(scope, binding.variable.name) ===
        binding.variable && isDeclaredBefore(binding.variable, node),
  );
  const enumBinding = visible.find(binding => binding.enumName === enumName);
  const namespaceBinding = visible.find(
    binding => binding.enumName === undefined,
  );

  if (enumBinding !== undefined) {
    return { text: enumBinding.variable.name, variable: enumBinding.variable };
  }

  return namespaceBinding === undefined
    ? undefined
    : {
        text: `${namespaceBinding.variable.name}.${enumName}`,
        variable: namespaceBinding.variable,
      };
}

/**
 * The module-level bindings of the namespace and of the result enums:
 * imports in every form, local re-exports and `const` aliases. Imports of
 * the kit itself are recognised by their shape; other candidates are
 * confirmed by type.
 */
export function findKitBindings(kit: KitContext): readonly KitBinding[] {
  return kit.remember('kitBindings', kit.sourceCode.ast, () =>
    collectKitBindings(kit),
  );
}

function collectKitBindings(kit: KitContext): KitBinding[] {
  const moduleScope = kit.sourceCode.scopeManager?.globalScope?.childScopes[0];
  const scopes = [kit.sourceCode.scopeManager?.globalScope, moduleScope];
  const bindings: KitBinding[] = [];

  for (const scope of scopes) {
    for (const variable of scope?.variables ?? []) {
      const binding = kitBindingOf(kit, variable);

      if (binding !== undefined) {
        bindings.push(binding);
      }
    }
  }

  return bindings;
}

function kitBindingOf(
  kit: KitContext,
  variable: TSESLint.Scope.Variable,
): KitBinding | undefined {
  const definition = variable.defs[0];

  if (definition === undefined || variable.defs.length !== 1) {
    return undefined;
  }

  if (definition.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    return importBindingOf(kit, variable, definition.node, definition.parent);
  }

  const isConstAlias =
    definition.type === TSESLint.Scope.DefinitionType.Variable &&
    definition.parent.kind === 'const' &&
    definition.node.init !== null &&
    isNameOrMemberChain(definition.node.init);

  return isConstAlias ? typedBindingOf(kit, variable) : undefined;
}

/**
 * Whether an initialiser only names something (`userAuth`,
 * `userAuth.UserAuthResultCode`, an awaited `import()`): a call, a literal
 * or any other expression is not taken for the namespace or an enum
 * object, so its type is not asked for.
 */
function isNameOrMemberChain(node: TSESTree.Node): boolean {
  const expression = skipTypeWrappers(node);

  // `await import('@kit.UserAuthenticationKit')` names the module too.
  if (
    expression.type === AST_NODE_TYPES.Identifier ||
    (expression.type === AST_NODE_TYPES.AwaitExpression &&
      expression.argument.type === AST_NODE_TYPES.ImportExpression)
  ) {
    return true;
  }

  return (
    expression.type === AST_NODE_TYPES.MemberExpression &&
    isNameOrMemberChain(expression.object)
  );
}

function importBindingOf(
  kit: KitContext,
  variable: TSESLint.Scope.Variable,
  specifier: TSESTree.Node,
  declaration: TSESTree.Node | null,
): KitBinding | undefined {
  if (
    declaration?.type !== AST_NODE_TYPES.ImportDeclaration ||
    declaration.importKind === 'type' ||
    (specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      specifier.importKind === 'type')
  ) {
    return undefined;
  }

  return importsNamespace(declaration.source.value, specifier)
    ? { variable }
    : typedBindingOf(kit, variable);
}

/**
 * The import forms that bind the namespace, recognised without types:
 * the module's default export, or the kit's `userAuth`.
 */
function importsNamespace(source: string, specifier: TSESTree.Node): boolean {
  const imported =
    specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ? 'default'
      : specifier.type === AST_NODE_TYPES.ImportSpecifier
        ? moduleExportName(specifier.imported)
        : undefined;

  return (
    (source === '@ohos.userIAM.userAuth' && imported === 'default') ||
    (source === '@kit.UserAuthenticationKit' && imported === 'userAuth')
  );
}

/** Confirms by type that a binding is the namespace or a result enum. */
function typedBindingOf(
  kit: KitContext,
  variable: TSESLint.Scope.Variable,
): KitBinding | undefined {
  const identifier = variable.identifiers[0];

  if (identifier === undefined) {
    return undefined;
  }

  const type = kit.services.getTypeAtLocation(identifier);
  const symbol = type.getSymbol();

  if (symbol === undefined || kitModuleOfSymbol(symbol) !== 'userAuth') {
    return undefined;
  }

  if (symbol.name === 'userAuth') {
    return { variable };
  }

  // The enum object has its members as properties; a value typed with the
  // enum (`const code: UserAuthResultCode`) has the same symbol but none.
  return isCodeEnumName(symbol.name) && type.getProperty('SUCCESS')
    ? { enumName: symbol.name, variable }
    : undefined;
}

/**
 * Imports are hoisted; a `const` alias must come first in the file, or a
 * fix at module level would read it before it exists.
 */
function isDeclaredBefore(
  variable: TSESLint.Scope.Variable,
  node: TSESTree.Node,
): boolean {
  const definition = variable.defs[0];

  return (
    definition?.type === TSESLint.Scope.DefinitionType.ImportBinding ||
    (definition !== undefined && definition.node.range[1] <= node.range[0])
  );
}

function moduleExportName(
  name: TSESTree.Identifier | TSESTree.StringLiteral,
): string {
  return name.type === AST_NODE_TYPES.Identifier ? name.name : name.value;
}
