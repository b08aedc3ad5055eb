import handleResultCodes from './handle-result-codes.js';
import handleThrownCodes from './handle-thrown-codes.js';
import noDeprecatedApi from './no-deprecated-api.js';
import noImpossibleCodes from './no-impossible-codes.js';
import noMagicCodes from './no-magic-codes.js';
import requireResultListener from './require-result-listener.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'handle-result-codes': handleResultCodes,
  'handle-thrown-codes': handleThrownCodes,
  'no-deprecated-api': noDeprecatedApi,
  'no-impossible-codes': noImpossibleCodes,
  'no-magic-codes': noMagicCodes,
  'require-result-listener': requireResultListener,
};
