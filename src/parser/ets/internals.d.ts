// The parts of typescript-estree that the ArkTS parser builds on. They are
// internal to typescript-estree, so they have no public entry point: the
// build step (scripts/build-ets-parser.js) resolves this module name to
// typescript-estree's own files and bundles them against ohos-typescript.
declare module 'ets-estree-internals' {
  import type { TSESTree } from '@typescript-eslint/utils';
  import type * as ts from 'ohos-typescript';

  export interface ConverterOptions {
    allowInvalidAST: boolean;
    errorOnUnknownASTType: boolean;
    shouldPreserveNodeMaps: boolean;
    suppressDeprecatedPropertyWarnings: boolean;
  }

  export interface ASTMaps {
    esTreeNodeToTSNodeMap: WeakMap<TSESTree.Node, ts.Node>;
    tsNodeToESTreeNodeMap: WeakMap<ts.Node, TSESTree.Node>;
  }

  /** typescript-estree's converter from a TypeScript AST to ESTree. */
  export class Converter {
    constructor(ast: ts.SourceFile, options: ConverterOptions);
    protected ast: ts.SourceFile;
    convertChild(child: ts.Node | undefined, parent?: ts.Node): TSESTree.Node;
    convertChildren(
      children: readonly ts.Node[],
      parent?: ts.Node,
    ): TSESTree.Node[];
    convertNode(node: ts.Node, parent: ts.Node): TSESTree.Node | null;
    convertProgram(): TSESTree.Program;
    getASTMaps(): ASTMaps;
    registerTSNodeInNodeMap(node: ts.Node, result: TSESTree.Node): void;
  }

  /** A parse error in the shape ESLint reports (`lineNumber`, `column`). */
  export class TSError extends Error {
    readonly lineNumber: number;
    readonly column: number;
    readonly index: number;
  }

  export function convertError(diagnostic: ts.DiagnosticWithLocation): TSError;
  export function createError(
    start: number,
    message: string,
    sourceFile: ts.SourceFile,
  ): TSError;
  export function createParserServices(
    astMaps: ASTMaps,
    program: ts.Program,
  ): Record<string, unknown>;
  export function convertTokens(ast: ts.SourceFile): TSESTree.Token[];
  export function convertComments(ast: ts.SourceFile): TSESTree.Comment[];
}
