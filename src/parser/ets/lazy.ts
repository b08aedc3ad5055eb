import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { EtsParseOptions, EtsParseResult } from './parser.js';

import type { TSESTree } from '@typescript-eslint/utils';

interface EtsParser {
  parse(code: string, options?: EtsParseOptions): TSESTree.Program;
  parseForESLint(code: string, options?: EtsParseOptions): EtsParseResult;
}

const BUNDLE = path.join('dist', 'parser', 'ets', 'index.js');

// This file sits three folders below the package root, in src and in dist.
const { peerDependencies, version } = createRequire(import.meta.url)(
  '../../../package.json',
) as { peerDependencies: Record<string, string>; version: string };
const OHOS_TYPESCRIPT = peerDependencies['ohos-typescript'] ?? '';

let loaded: EtsParser | undefined;

/**
 * The bundle (dist/parser/ets/index.js), loaded on the first parse: from
 * the package's own dist folder, whether this file runs from dist or, in
 * the plugin's tests, from src. Node loads the ESM bundle synchronously
 * (`require(esm)`, Node 20.19 and later), as ESLint's parse is synchronous.
 */
function load(): EtsParser {
  if (loaded !== undefined) {
    return loaded;
  }

  for (
    let dir = path.dirname(fileURLToPath(import.meta.url));
    path.dirname(dir) !== dir;
    dir = path.dirname(dir)
  ) {
    const file = path.join(dir, BUNDLE);

    if (fs.existsSync(file)) {
      loaded = requireBundle(file);

      return loaded;
    }
  }

  throw new Error(
    'eslint-plugin-userauth: the ArkTS parser is not built (dist/parser/ets).',
  );
}

/**
 * Loads the bundle. ohos-typescript is an optional peer, so that projects
 * without `.ets` files never install the ArkTS compiler (whose `tsc`
 * command would stand in for TypeScript's); say so when it is missing.
 */
function requireBundle(file: string): EtsParser {
  try {
    const module = createRequire(import.meta.url)(file) as {
      default: EtsParser;
    };

    return module.default;
  } catch (error) {
    if (String(error).includes("'ohos-typescript'")) {
      throw new Error(
        'eslint-plugin-userauth: linting .ets files needs the ArkTS ' +
          `compiler; install it with npm i -D ohos-typescript@${OHOS_TYPESCRIPT}.`,
        { cause: error },
      );
    }

    throw error;
  }
}

/**
 * `parsers.ets` on the plugin object: the ArkTS parser, loaded when first
 * used so that `.ts`-only users never load ohos-typescript.
 */
export const lazyEtsParser = {
  meta: { name: 'eslint-plugin-userauth/ets-parser', version },
  parse: (code: string, options?: EtsParseOptions): TSESTree.Program =>
    load().parse(code, options),
  parseForESLint: (code: string, options?: EtsParseOptions): EtsParseResult =>
    load().parseForESLint(code, options),
};
