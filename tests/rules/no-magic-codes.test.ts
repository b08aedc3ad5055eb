import rule from '../../src/rules/no-magic-codes.js';
import { createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

ruleTester.run('no-magic-codes', rule, {
  valid: [
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
  }
}
    `,
  ],
  invalid: [
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 12500000) {
  }
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 33,
        },
      ],
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
  }
}
      `,
    },
  ],
});
