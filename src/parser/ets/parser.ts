import type { ScopeManager } from '@typescript-eslint/scope-manager';
import type {
  ParserServicesWithTypeInformation,
  TSESTree,
} from '@typescript-eslint/utils';
import type * as ts from 'ohos-typescript';

import { createParserServices } from 'ets-estree-internals';
import path from 'node:path';

import { convertEtsSourceFile } from './convert.js';
import { ohos } from './ohos.js';
import { findModuleRoot, projectFor } from './program.js';
import { analyzeEtsScopes } from './scope.js';
import { type EtsParserOptions, resolveSdk } from './sdk.js';
import { etsVisitorKeys } from './visitor-keys.js';

/** The parser options ESLint passes, with the parser's own `ets` block. */
export interface EtsParseOptions {
  readonly filePath?: string;
  readonly tsconfigRootDir?: string;
  readonly ets?: EtsParserOptions;
  readonly [option: string]: unknown;
}

/** typescript-eslint's parser services plus the module that built them. */
export type EtsParserServices = ParserServicesWithTypeInformation & {
  readonly ts: typeof ts;
};

export interface EtsParseResult {
  readonly ast: TSESTree.Program;
  readonly services: EtsParserServices;
  readonly scopeManager: ScopeManager;
  readonly visitorKeys: Readonly<Record<string, readonly string[]>>;
}

/** ESLint's name for text without a file (`<input>`, `<text>`). */
function fileNameOf(options: EtsParseOptions): string {
  const given = options.filePath;

  if (given === undefined || given.startsWith('<')) {
    return path.resolve('__input__.ets');
  }

  return path.resolve(given);
}

/**
 * Parses ArkTS (`.ets`, and `.ts` in ArkTS modules) for ESLint, with the
 * type information of an ohos-typescript program.
 */
export function parseForESLint(
  code: string,
  options: EtsParseOptions = {},
): EtsParseResult {
  const fileName = fileNameOf(options);
  const etsOptions = options.ets ?? {};
  const base = options.tsconfigRootDir ?? process.cwd();
  const moduleRoot =
    etsOptions.projectRoot === undefined
      ? findModuleRoot(fileName)
      : path.resolve(base, etsOptions.projectRoot);
  const sdk = resolveSdk(
    {
      ...etsOptions,
      ...(etsOptions.sdkPath === undefined
        ? {}
        : { sdkPath: path.resolve(base, etsOptions.sdkPath) }),
    },
    moduleRoot ?? path.dirname(fileName),
  );
  const { program, sourceFile } = projectFor(sdk, moduleRoot).update(
    fileName,
    code,
  );
  const { estree, astMaps } = withOneBasedColumns(() =>
    convertEtsSourceFile(sourceFile),
  );
  const services = {
    ...createParserServices(astMaps, program),
    ts: ohos,
  } as unknown as EtsParserServices;

  return {
    ast: estree,
    services,
    scopeManager: analyzeEtsScopes(estree),
    visitorKeys: etsVisitorKeys,
  };
}

/** A parse error where ESLint reads it: `lineNumber`, 1-based `column`. */
export class EtsParseError extends SyntaxError {
  readonly lineNumber: number;
  readonly column: number;
  readonly index: number;

  constructor(
    message: string,
    lineNumber: number,
    column: number,
    index: number,
  ) {
    super(message);
    this.name = 'EtsParseError';
    this.lineNumber = lineNumber;
    this.column = column;
    this.index = index;
  }
}

/**
 * typescript-estree's errors carry 0-based columns, which ESLint shows one
 * column early; the ArkTS parser reports the column of the offending text.
 */
function withOneBasedColumns<T>(convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    const located = error as Partial<EtsParseError>;

    if (
      error instanceof Error &&
      typeof located.lineNumber === 'number' &&
      typeof located.column === 'number'
    ) {
      throw new EtsParseError(
        error.message,
        located.lineNumber,
        located.column + 1,
        located.index ?? 0,
      );
    }

    throw error;
  }
}

/** ESLint's plain `parse`: the AST alone. */
export function parse(
  code: string,
  options?: EtsParseOptions,
): TSESTree.Program {
  return parseForESLint(code, options).ast;
}
