import rule from '../../src/rules/no-impossible-codes.js';
import { createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

const RESULT = '`UserAuthResult.result`';
const LEGACY = '`IUserAuthCallback.onResult(result)`';
const STATUS_ERROR = 'the code of an error from `getAvailableStatus`';

ruleTester.run('no-impossible-codes', rule, {
  valid: [
    // Codes the channel delivers, with or without a constant.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  return (
    result.result === userAuth.UserAuthResultCode.LOCKED ||
    result.result === 201 ||
    result.result == 12500011
  );
}
    `,
    // Always-true tests are harmless.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result !== userAuth.ResultCode.SUCCESS && result.result != 12500008;
}
    `,
    // The API 8 callback in its own numbering.
    `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult(result) {
      if (result === userAuth.ResultCode.LOCKED || result === 201 || result === 4) {
      }
    },
  },
);
    `,
    // A catch: documented codes, universal codes, other modules' codes.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
declare function readFile(path: string): string;
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
  readFile('/data/profile');
} catch (error) {
  const { code } = error as BusinessError;
  if (code === userAuth.UserAuthResultCode.NOT_ENROLLED || code === 401 || code === 13900002) {
  }
}
    `,
    // Unknown values and typed values are left alone.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare let expected: number;
export function onResult(result: userAuth.UserAuthResult, code: userAuth.UserAuthResultCode): boolean {
  return result.result === expected || code === userAuth.UserAuthResultCode.FAIL;
}
    `,
    // The osAccount look-alike has its own numbering.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
new osAccount.UserAuth().auth(
  new Uint8Array(),
  osAccount.AuthType.PIN,
  osAccount.AuthTrustLevel.ATL1,
  {
    onResult(result: number): void {
      if (result === 12500009 || result === osAccount.ResultCode.LOCKED) {
      }
    },
  },
);
void userAuth;
    `,
  ],
  invalid: [
    // Another generation's constant, with the namesake as a suggestion.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === userAuth.ResultCode.SUCCESS;
}
      `,
      errors: [
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`ResultCode.SUCCESS (0)`',
            expected: 'UserAuthResultCode',
            family: 'ResultCode',
            subject: RESULT,
          },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useSameNameInRightGeneration',
              data: { replacement: 'userAuth.UserAuthResultCode.SUCCESS' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === userAuth.UserAuthResultCode.SUCCESS;
}
      `,
            },
          ],
        },
      ],
    },
    {
      code: `
import ua from '@ohos.userIAM.userAuth';
const Old = ua.AuthenticationResult;
const callback: ua.IAuthCallback = {
  onResult({ result }) {
    switch (result) {
      case Old.LOCKED:
        break;
    }
  },
};
void callback;
      `,
      errors: [
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`AuthenticationResult.LOCKED (7)`',
            expected: 'UserAuthResultCode',
            family: 'AuthenticationResult',
            subject: RESULT,
          },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useSameNameInRightGeneration',
              data: { replacement: 'ua.UserAuthResultCode.LOCKED' },
              output: `
import ua from '@ohos.userIAM.userAuth';
const Old = ua.AuthenticationResult;
const callback: ua.IAuthCallback = {
  onResult({ result }) {
    switch (result) {
      case ua.UserAuthResultCode.LOCKED:
        break;
    }
  },
};
void callback;
      `,
            },
          ],
        },
      ],
    },
    // A number of another generation: no namesake to offer.
    {
      code: `
import { userAuth } from './local/kit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  return 9 == result.result;
}
      `,
      errors: [
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`ResultCode.LOCKED (9)`',
            expected: 'UserAuthResultCode',
            family: 'ResultCode',
            subject: RESULT,
          },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    // The API 9 callback's union, narrowed with `in`, without written types.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
declare const instance: userAuth.AuthInstance;
instance.on('result', {
  callback(info) {
    if ('result' in info && info.result === 12500099) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'unknownCode',
          data: { value: 12500099 },
          line: 6,
          column: 45,
          endLine: 6,
          endColumn: 53,
        },
      ],
    },
    // Codes the channel never delivers, and numbers that are no code.
    {
      code: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
export function onResult(result: auth.UserAuthResult): boolean {
  return (
    result.result === auth.UserAuthResultCode.INVALID_PARAMETERS ||
    result.result === 1250009
  );
}
      `,
      errors: [
        {
          messageId: 'neverDelivered',
          data: {
            compared: '`UserAuthResultCode.INVALID_PARAMETERS (12500008)`',
            subject: RESULT,
          },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 65,
        },
        {
          messageId: 'unknownCode',
          data: { value: 1250009 },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 30,
        },
      ],
    },
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
declare const instance: userAuth.AuthInstance;
instance.on('result', {
  callback(info: userAuth.EventInfo): void {
    if ((info as userAuth.AuthResultInfo).result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'neverDelivered',
          data: {
            compared: '`UserAuthResultCode.PIN_EXPIRED (12500013)`',
            subject: '`AuthResultInfo.result`',
          },
          line: 6,
          column: 54,
          endLine: 6,
          endColumn: 93,
        },
      ],
    },
    // At API level 11 no PIN can expire yet.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === 12500013;
}
      `,
      settings: { userauth: { apiLevel: 11 } },
      errors: [
        {
          messageId: 'neverDelivered',
          data: {
            compared: '`UserAuthResultCode.PIN_EXPIRED (12500013)`',
            subject: RESULT,
          },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    // The API 8 callback compared with the current numbering.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult(result) {
      if (result === userAuth.UserAuthResultCode.LOCKED || result === 12500004) {
      }
    },
  },
);
      `,
      errors: [
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`UserAuthResultCode.LOCKED (12500009)`',
            expected: 'ResultCode',
            family: 'UserAuthResultCode',
            subject: LEGACY,
          },
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useSameNameInRightGeneration',
              data: { replacement: 'userAuth.ResultCode.LOCKED' },
              output: `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult(result) {
      if (result === userAuth.ResultCode.LOCKED || result === 12500004) {
      }
    },
  },
);
      `,
            },
          ],
        },
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`UserAuthResultCode.TIMEOUT (12500004)`',
            expected: 'ResultCode',
            family: 'UserAuthResultCode',
            subject: LEGACY,
          },
          line: 9,
          column: 71,
          endLine: 9,
          endColumn: 79,
          suggestions: [],
        },
      ],
    },
    // A const that holds a member keeps its enum.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
const OLD_LOCKED = userAuth.AuthenticationResult.LOCKED;
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult(result) {
      if (result === OLD_LOCKED) {
      }
    },
  },
);
      `,
      errors: [
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`AuthenticationResult.LOCKED (7)`',
            expected: 'ResultCode',
            family: 'AuthenticationResult',
            subject: LEGACY,
          },
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useSameNameInRightGeneration',
              data: { replacement: 'userAuth.ResultCode.LOCKED' },
              output: `
import userAuth from '@ohos.userIAM.userAuth';
const OLD_LOCKED = userAuth.AuthenticationResult.LOCKED;
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult(result) {
      if (result === userAuth.ResultCode.LOCKED) {
      }
    },
  },
);
      `,
            },
          ],
        },
      ],
    },
    // A catch: faceAuth's code, and the old numbering.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
} catch (error) {
  const err = error as BusinessError;
  if (err.code === 12700001 || err.code === userAuth.ResultCode.NOT_ENROLLED) {
  }
}
      `,
      errors: [
        {
          messageId: 'neverDelivered',
          data: { compared: '`12700001`', subject: STATUS_ERROR },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 28,
        },
        {
          messageId: 'wrongGeneration',
          data: {
            compared: '`ResultCode.NOT_ENROLLED (10)`',
            expected: 'UserAuthResultCode',
            family: 'ResultCode',
            subject: STATUS_ERROR,
          },
          line: 8,
          column: 45,
          endLine: 8,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useSameNameInRightGeneration',
              data: { replacement: 'userAuth.UserAuthResultCode.NOT_ENROLLED' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
} catch (error) {
  const err = error as BusinessError;
  if (err.code === 12700001 || err.code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
  }
}
      `,
            },
          ],
        },
      ],
    },
  ],
});
