import noMagicCodes from './no-magic-codes.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-magic-codes': noMagicCodes,
};
