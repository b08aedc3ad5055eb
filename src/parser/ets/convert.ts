import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'ohos-typescript';

import {
  type ASTMaps,
  Converter,
  convertComments,
  convertError,
  convertTokens,
} from 'ets-estree-internals';

import { ohos } from './ohos.js';

/** What the lowering adds to the ESTree nodes it makes or changes. */
export type ArkTSMark =
  'annotation' | 'component' | 'implicitReceiver' | 'stylesBlock' | 'struct';

/** An ESTree node as the lowering writes to it. */
type Writable = Record<string, unknown>;

/** The ohos-typescript node fields the lowering reads. */
interface EtsNode extends ts.Node {
  readonly virtual?: boolean;
  readonly illegalDecorators?: ts.NodeArray<ts.Decorator>;
  readonly members?: ts.NodeArray<ts.Node>;
  readonly heritageClauses?: ts.NodeArray<ts.Node>;
  readonly typeArguments?: ts.NodeArray<ts.Node>;
  readonly typeParameters?: ts.NodeArray<ts.Node>;
  readonly type?: ts.Node;
  readonly name?: ts.Node;
}

const { SyntaxKind } = ohos;

/** Nodes the ArkTS parser made up, with no text of their own. */
function isVirtual(node: ts.Node | undefined): boolean {
  return node !== undefined && Reflect.get(node, 'virtual') === true;
}

/**
 * Temporary changes to the ohos-typescript AST, undone after the conversion.
 * The conversion is synchronous, so the type checker never sees them.
 */
class Masks {
  readonly #undo: (() => void)[] = [];

  set(target: object, key: string, value: unknown): void {
    const record = target as Writable;
    const own = Object.hasOwn(record, key);
    const previous = record[key];

    record[key] = value;
    this.#undo.push(() => {
      if (own) {
        record[key] = previous;
      } else {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- undoing our own addition
        delete record[key];
      }
    });
  }

  restore(): void {
    for (let undo = this.#undo.pop(); undo; undo = this.#undo.pop()) {
      undo();
    }
  }
}

/** What the pre-pass learned about the file. */
interface Lowering {
  readonly structs: WeakSet<ts.Node>;
  readonly annotations: WeakSet<ts.Node>;
  readonly functionDecorators: WeakMap<ts.Node, readonly ts.Decorator[]>;
}

/** The real (non-virtual) part of a node list, at the same text range. */
function realPart(
  list: ts.NodeArray<ts.Node>,
): ts.NodeArray<ts.Node> | undefined {
  const real = list.filter(node => !isVirtual(node));

  if (real.length === list.length) {
    return list;
  }

  if (real.length === 0) {
    return undefined;
  }

  return ohos.setTextRange(
    ohos.factory.createNodeArray(real, list.hasTrailingComma),
    list,
  );
}

/**
 * Hides what the ArkTS parser made up (struct constructors, the
 * `extends CustomComponent` clause, attribute type arguments, `@Styles`
 * type parameters and return types), presents structs and `@interface`
 * annotations as classes, and moves function decorators out of the way of
 * typescript-estree's syntax checks.
 */
function maskVirtualNodes(
  sourceFile: ts.SourceFile,
  masks: Masks,
  decoratorMasks: Masks,
): Lowering {
  const lowering: Lowering = {
    structs: new WeakSet(),
    annotations: new WeakSet(),
    functionDecorators: new WeakMap(),
  };

  const hideVirtualList = (
    node: EtsNode,
    key: 'heritageClauses' | 'members' | 'typeArguments' | 'typeParameters',
  ): void => {
    const list: ts.NodeArray<ts.Node> | undefined = node[key];

    if (list?.some(item => isVirtual(item))) {
      masks.set(node, key, realPart(list));
    }
  };

  const visit = (node: EtsNode): void => {
    if (node.kind === SyntaxKind.StructDeclaration) {
      lowering.structs.add(node);
      masks.set(node, 'kind', SyntaxKind.ClassDeclaration);
      hideVirtualList(node, 'members');
      hideVirtualList(node, 'heritageClauses');
    }

    // `@interface Tracked { name: string = 'x' }`: a class whose fields are
    // the annotation's, typed and with their defaults.
    if (node.kind === SyntaxKind.AnnotationDeclaration) {
      lowering.annotations.add(node);
      masks.set(node, 'kind', SyntaxKind.ClassDeclaration);

      for (const member of node.members ?? []) {
        if (member.kind === SyntaxKind.AnnotationPropertyDeclaration) {
          masks.set(member, 'kind', SyntaxKind.PropertyDeclaration);
        }
      }
    }

    hideVirtualList(node, 'typeArguments');
    hideVirtualList(node, 'typeParameters');

    if (isVirtual(node.type)) {
      masks.set(node, 'type', undefined);
    }

    if (
      node.kind === SyntaxKind.FunctionDeclaration &&
      node.illegalDecorators?.length
    ) {
      // The converter reads a function's children (for `export`, say) while
      // its decorators are hidden; listed now, they keep the decorators, so
      // their text is never taken for stray trivia.
      node.getChildren(sourceFile);
      lowering.functionDecorators.set(node, node.illegalDecorators);
      decoratorMasks.set(node, 'illegalDecorators', undefined);
    }

    ohos.forEachChild(node, child => {
      if (!isVirtual(child)) {
        visit(child);
      }
    });
  };

  visit(sourceFile);

  return lowering;
}

/** The declaration an export wraps, or the node itself. */
function declarationOf(node: TSESTree.Node): Writable {
  const type: string = node.type;

  if (
    (type === 'ExportNamedDeclaration' ||
      type === 'ExportDefaultDeclaration') &&
    'declaration' in node &&
    node.declaration !== null
  ) {
    return node.declaration as unknown as Writable;
  }

  return node as unknown as Writable;
}

/** typescript-estree's converter with the ArkTS lowering rules. */
class EtsConverter extends Converter {
  readonly #lowering: Lowering;

  constructor(ast: ts.SourceFile, lowering: Lowering) {
    super(ast, {
      allowInvalidAST: false,
      errorOnUnknownASTType: true,
      shouldPreserveNodeMaps: true,
      suppressDeprecatedPropertyWarnings: true,
    });
    this.#lowering = lowering;
  }

  override convertNode(node: ts.Node, parent: ts.Node): TSESTree.Node | null {
    const etsNode = node as EtsNode;

    if (node.kind === SyntaxKind.EtsComponentExpression) {
      return this.#convertComponent(node as ts.EtsComponentExpression);
    }

    if (node.kind === SyntaxKind.Identifier && isVirtual(node)) {
      return this.#zeroWidthIdentifier(node, 'implicitReceiver');
    }

    if (
      node.kind === SyntaxKind.PropertyAssignment &&
      isVirtual(etsNode.name)
    ) {
      return this.#convertStylesBlock(node as ts.PropertyAssignment);
    }

    const result = super.convertNode(node, parent);

    if (result === null) {
      return result;
    }

    if (this.#lowering.structs.has(node)) {
      declarationOf(result).arkts = 'struct' satisfies ArkTSMark;
    }

    if (this.#lowering.annotations.has(node)) {
      declarationOf(result).arkts = 'annotation' satisfies ArkTSMark;
    }

    const decorators = this.#lowering.functionDecorators.get(node);

    if (decorators !== undefined) {
      declarationOf(result).decorators = decorators.map(decorator =>
        this.convertChild(decorator, node),
      );
    }

    return result;
  }

  /** `Column({ space: 8 }) { … }` → a call with a `trailingClosure`. */
  #convertComponent(node: ts.EtsComponentExpression): TSESTree.Node {
    const typeArguments = (node as EtsNode).typeArguments;
    const result: Writable = {
      type: 'CallExpression',
      callee: this.convertChild(node.expression, node),
      arguments: this.convertChildren(node.arguments, node),
      optional: false,
      typeArguments:
        typeArguments === undefined
          ? undefined
          : this.#typeArgumentsOf(node, typeArguments),
      trailingClosure:
        node.body === undefined ? null : this.convertChild(node.body, node),
      arkts: 'component' satisfies ArkTSMark,
    };

    return this.#finish(node, result, rangeOf(this.ast, node));
  }

  #typeArgumentsOf(node: ts.Node, list: ts.NodeArray<ts.Node>): TSESTree.Node {
    const close = this.ast.text.indexOf('>', list.end);
    const range: [number, number] = [list.pos - 1, close + 1];

    return this.#finish(
      node,
      {
        type: 'TSTypeParameterInstantiation',
        params: this.convertChildren(list, node),
      },
      range,
      false,
    );
  }

  /**
   * `{ .backgroundColor(…) }` in `stateStyles`: the parser wraps the chain
   * in a property with a made-up name; it becomes a property whose key is a
   * zero-width identifier.
   */
  #convertStylesBlock(node: ts.PropertyAssignment): TSESTree.Node {
    const value = this.convertChild(node.initializer, node);

    return this.#finish(node, {
      type: 'Property',
      key: this.#zeroWidthIdentifier(node.name, 'implicitReceiver'),
      value,
      computed: false,
      kind: 'init',
      method: false,
      optional: false,
      shorthand: false,
      arkts: 'stylesBlock' satisfies ArkTSMark,
    });
  }

  /**
   * An identifier the ArkTS parser inserted, placed where the code it
   * applies to starts (the `.` of `.padding(12)`). Its own start is no use:
   * TypeScript places a zero-width node before the trivia.
   */
  #zeroWidthIdentifier(node: ts.Node, mark: ArkTSMark): TSESTree.Node {
    const start = node.parent.getStart(this.ast);

    return this.#finish(
      node,
      {
        type: 'Identifier',
        name: (node as ts.Identifier).text,
        decorators: [],
        optional: false,
        typeAnnotation: undefined,
        arkts: mark,
      },
      [start, start],
    );
  }

  /** Gives a made node its location and registers it in the node maps. */
  #finish(
    node: ts.Node,
    result: Writable,
    range: [number, number] = rangeOf(this.ast, node),
    register = true,
  ): TSESTree.Node {
    const start = this.ast.getLineAndCharacterOfPosition(range[0]);
    const end = this.ast.getLineAndCharacterOfPosition(range[1]);

    result.range = range;
    result.loc = {
      start: { line: start.line + 1, column: start.character },
      end: { line: end.line + 1, column: end.character },
    };

    const estree = result as unknown as TSESTree.Node;
    const maps = this.getASTMaps();

    if (register) {
      maps.esTreeNodeToTSNodeMap.set(estree, node);
    }

    return estree;
  }
}

function rangeOf(ast: ts.SourceFile, node: ts.Node): [number, number] {
  return [node.getStart(ast), node.end];
}

/** The result of converting one file. */
export interface Converted {
  readonly estree: TSESTree.Program;
  readonly astMaps: ASTMaps;
}

/**
 * Converts an ArkTS source file to ESTree, with tokens and comments. Parse
 * errors are thrown as typescript-estree's `TSError`, which ESLint reports
 * at their line and column.
 */
export function convertEtsSourceFile(sourceFile: ts.SourceFile): Converted {
  const { parseDiagnostics } = sourceFile as ts.SourceFile & {
    readonly parseDiagnostics: readonly ts.DiagnosticWithLocation[];
  };
  const first = parseDiagnostics[0];

  if (first !== undefined) {
    throw convertError(first);
  }

  const masks = new Masks();
  // Function decorators are hidden from the converter's syntax checks only:
  // the token walk needs them in place, as text between nodes must be
  // trivia.
  const decoratorMasks = new Masks();

  try {
    const lowering = maskVirtualNodes(sourceFile, masks, decoratorMasks);
    const converter = new EtsConverter(sourceFile, lowering);
    const estree = converter.convertProgram();

    decoratorMasks.restore();
    // Inserted identifiers have no text, so they have no tokens either.
    estree.tokens = convertTokens(sourceFile).filter(
      token => token.range[0] < token.range[1],
    );
    estree.comments = convertComments(sourceFile);

    return { estree, astMaps: converter.getASTMaps() };
  } finally {
    decoratorMasks.restore();
    masks.restore();
  }
}
