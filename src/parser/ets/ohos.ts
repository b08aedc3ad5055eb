import type * as ts from 'ohos-typescript';

import { createRequire } from 'node:module';

/**
 * The ArkTS compiler's TypeScript fork. Everything the parser builds (source
 * files, programs, syntax kinds) comes from this one module, never from the
 * user's `typescript`, whose enums are numbered differently.
 */
export const ohos = createRequire(import.meta.url)(
  'ohos-typescript',
) as typeof ts;
