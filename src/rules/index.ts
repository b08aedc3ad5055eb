import handleResultCodes from './handle-result-codes.js';
import noMagicCodes from './no-magic-codes.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'handle-result-codes': handleResultCodes,
  'no-magic-codes': noMagicCodes,
};
