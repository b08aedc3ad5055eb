import type { Rule } from 'eslint';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';

/** Options each rule must refuse, with the words its error must contain. */
const INVALID_OPTIONS: Readonly<Record<string, readonly [unknown, RegExp][]>> =
  {
    'handle-result-codes': [
      [{ requiredCodes: ['LOCKD'] }, /LOCKD/u],
      [
        { considerDefaultExhaustive: 'yes' },
        /considerDefaultExhaustive|boolean/u,
      ],
      [{ unknownOption: true }, /additional properties|unknownOption/iu],
    ],
    'handle-thrown-codes': [
      [
        { requiredCodes: { getAvailableStatuses: ['LOCKED'] } },
        /getAvailableStatuses/u,
      ],
      [{ requiredCodes: { getAvailableStatus: ['LOCKD'] } }, /LOCKD/u],
      // A name of another numbering, which thrown codes never use.
      [
        { requiredCodes: { getAvailableStatus: ['NO_SUPPORT'] } },
        /NO_SUPPORT/u,
      ],
      [{ checkGeneralErrors: 1 }, /boolean/u],
    ],
    'no-deprecated-api': [
      [{ any: true }, /should NOT have more than 0 items|schema/iu],
    ],
    'no-impossible-codes': [
      [{ any: true }, /should NOT have more than 0 items|schema/iu],
    ],
    'no-magic-codes': [
      [{ allow: ['12500009'] }, /integer/u],
      [{ allows: [] }, /additional properties|allows/iu],
    ],
    'require-result-listener': [
      [{ any: true }, /should NOT have more than 0 items|schema/iu],
    ],
  };

describe.each(Object.entries(rules))('%s options', (name, rule) => {
  it.each(INVALID_OPTIONS[name] ?? [])(
    'refuses %j with a clear message',
    (options, message) => {
      const lint = (): unknown =>
        new Linter().verify('', [
          {
            // typescript-eslint's rule type and ESLint's differ in readonly.
            plugins: {
              userauth: {
                rules: { [name]: rule as unknown as Rule.RuleModule },
              },
            },
            rules: { [`userauth/${name}`]: ['error', options] },
          },
        ]);

      expect(lint).toThrow(message);
    },
  );
});
