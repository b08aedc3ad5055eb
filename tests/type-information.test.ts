import type { Rule } from 'eslint';

import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';

describe.each(Object.entries(rules))(
  '%s without type information',
  (name, rule) => {
    it("throws typescript-eslint's usual error", () => {
      const linter = new Linter();
      const lint = (): unknown =>
        linter.verify(
          "import { userAuth } from '@kit.UserAuthenticationKit';\nvoid userAuth;\n",
          [
            {
              files: ['**/*.ts'],
              languageOptions: { parser },
              // typescript-eslint's rule type and ESLint's differ in readonly.
              plugins: {
                userauth: {
                  rules: { [name]: rule as unknown as Rule.RuleModule },
                },
              },
              rules: { [`userauth/${name}`]: 'error' },
            },
          ],
          'file.ts',
        );

      expect(lint).toThrow(/requires type information/u);
    });
  },
);
