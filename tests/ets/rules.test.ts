// The plugin's rules on ArkTS code through RuleTester: snippets are parsed
// from memory as `tests/ets/snippets/Page.ets` (no such file exists), with
// the embedded default SDK.
import { RuleTester } from '@typescript-eslint/rule-tester';
import path from 'node:path';

import handleResultCodes from '../../src/rules/handle-result-codes.js';
import handleThrownCodes from '../../src/rules/handle-thrown-codes.js';
import noMagicCodes from '../../src/rules/no-magic-codes.js';
import { ETS_DIR, etsParser } from './ets-parser.js';

const FILE = path.join(ETS_DIR, 'snippets', 'Page.ets');
const ruleTester = new RuleTester({
  languageOptions: { parser: etsParser },
});

/** A page whose `build()` runs `handler` from a button. */
function page(members: string, handler: string): string {
  return `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';

@Entry
@Component
struct Pay {
  @State message: string = '';
${members}
  build() {
    Column({ space: 8 }) {
      Text(this.message).fontSize(20)
      Button('Pay').onClick(() => {
${handler}
      })
    }
  }
}
`;
}

const START = `
        const instance = userAuth.getUserAuthInstance(
          { challenge: new Uint8Array([1]), authType: [userAuth.UserAuthType.PIN], authTrustLevel: userAuth.AuthTrustLevel.ATL1 },
          { title: 'Pay' },
        );`;

const SUCCESS_BRANCH = `
            if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
              this.message = 'ok';
            }`;
const ONLY_SUCCESS = page(
  '',
  `${START}
        instance.on('result', {
          onResult: (result: userAuth.UserAuthResult) => {${SUCCESS_BRANCH}
          },
        });
        instance.start();`,
);
const MISSING_CHECKS = `
            if (result.result === userAuth.UserAuthResultCode.LOCKED) {
              // Tell the person they are locked out and to try again later.
            }
            if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
              // Say that the prompt timed out and offer to start again.
            }
            if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
              // Tell the person their lock-screen PIN expired and must be reset.
            }`;

ruleTester.run('handle-result-codes on .ets', handleResultCodes, {
  valid: [
    {
      filename: FILE,
      code: page(
        '',
        `${START}
        instance.on('result', {
          onResult: (result: userAuth.UserAuthResult) => {
            switch (result.result) {
              case userAuth.UserAuthResultCode.SUCCESS:
              case userAuth.UserAuthResultCode.LOCKED:
              case userAuth.UserAuthResultCode.TIMEOUT:
              case userAuth.UserAuthResultCode.PIN_EXPIRED:
                this.message = String(result.result);
                break;
              default:
                break;
            }
          },
        });
        instance.start();`,
      ),
    },
  ],
  invalid: [
    // In a build() closure; the suggested checks go first, indented like
    // the code around them.
    {
      filename: FILE,
      code: ONLY_SUCCESS,
      errors: [
        {
          messageId: 'missingCodes',
          line: 20,
          column: 55,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: ONLY_SUCCESS.replace(
                SUCCESS_BRANCH,
                MISSING_CHECKS + SUCCESS_BRANCH,
              ),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-magic-codes on .ets', noMagicCodes, {
  valid: [
    {
      filename: FILE,
      code: page(
        '',
        `        const done = (result: userAuth.UserAuthResult) =>
          result.result === userAuth.UserAuthResultCode.SUCCESS;
        this.message = String(done);`,
      ),
    },
  ],
  invalid: [
    // The fix runs through the parser a second time, from memory.
    {
      filename: FILE,
      code: page(
        '',
        `        const done = (result: userAuth.UserAuthResult) =>
          result.result === 12500000;
        this.message = String(done);`,
      ),
      output: page(
        '',
        `        const done = (result: userAuth.UserAuthResult) =>
          result.result === userAuth.UserAuthResultCode.SUCCESS;
        this.message = String(done);`,
      ),
      errors: [{ messageId: 'magicCode', line: 15, column: 29 }],
    },
  ],
});

ruleTester.run('handle-thrown-codes on .ets', handleThrownCodes, {
  valid: [
    {
      filename: FILE,
      code: page(
        `
  private count(): number {
    try {
      return userAuth.getEnrolledState(userAuth.UserAuthType.FACE).credentialCount;
    } catch (error) {
      const code = (error as BusinessError).code;
      if (code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
        return 0;
      }
      if (code === userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT) {
        return 0;
      }
      return -1;
    }
  }
`,
        '        this.message = String(this.count());',
      ),
    },
  ],
  invalid: [
    {
      filename: FILE,
      code: page(
        `
  private count(): number {
    return userAuth.getEnrolledState(userAuth.UserAuthType.FACE).credentialCount;
  }
`,
        `        this.message = String(userAuth.getEnrolledState(userAuth.UserAuthType.PIN).credentialCount);`,
      ),
      errors: [
        { messageId: 'unguardedCall', line: 11, column: 12 },
        { messageId: 'unguardedCall', line: 18, column: 31 },
      ],
    },
  ],
});
