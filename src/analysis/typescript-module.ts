import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { createRequire } from 'node:module';

/** Parser services that say which TypeScript built their program. */
interface ServicesWithCompiler {
  readonly ts?: typeof ts;
}

let peerTypeScript: typeof ts | undefined;

/**
 * The TypeScript module whose syntax kinds and flags match the program:
 * the one the parser names (the ArkTS parser builds with its own fork),
 * else the `typescript` peer that typescript-eslint's parser uses.
 */
export function typescriptOf(
  services: ParserServicesWithTypeInformation,
): typeof ts {
  const own = (services as ServicesWithCompiler).ts;

  if (own !== undefined) {
    return own;
  }

  peerTypeScript ??= createRequire(import.meta.url)('typescript') as typeof ts;

  return peerTypeScript;
}
