import { parse, parseForESLint } from './parser.js';

export type {
  EtsParseOptions,
  EtsParseResult,
  EtsParserServices,
} from './parser.js';
export type { EtsParserOptions } from './sdk.js';

/**
 * The ArkTS parser: `languageOptions.parser` for `.ets` files. It parses and
 * type-checks with ohos-typescript and gives typescript-eslint's parser
 * services, plus `ts`, the ohos-typescript module the program was built with.
 */
export const etsParser = {
  meta: { name: 'eslint-plugin-userauth/ets-parser', version: '0.1.0' },
  parse,
  parseForESLint,
};

export { parse, parseForESLint };

export default etsParser;
