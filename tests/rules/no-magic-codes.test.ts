import rule from '../../src/rules/no-magic-codes.js';
import { createTypedRuleTester, NO_SDK_DIR } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

ruleTester.run('no-magic-codes', rule, {
  valid: [
    // The constant itself.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
  }
}
    `,
    // Files that never reach the kit keep their numbers.
    `
function isLocked(code: number): boolean {
  switch (code) {
    case 12500009:
      return true;
    default:
      return false;
  }
}
    `,
    `
function isUnauthorized(statusCode: number): boolean {
  return statusCode === 401;
}
const RETRY_MS = 12500;
    `,
    `
import { isUnauthorized } from './local/unrelated';
const LOCKED = 12500009;
function check(status: number): boolean {
  return status === 12500009 || isUnauthorized(status);
}
    `,
    // Where the source shows that no enum is meant: plain variables and
    // fields, and returns of functions that nothing gives a result type.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export class Retry {
  limit = 12500009;
  delays = [12500004, 9];
  attempts(): number {
    return 12500004;
  }
}
export function remaining(result: userAuth.UserAuthResult): number {
  let left = 0;
  const total = left + 12500013;
  left = total;
  return left === 12500009 ? 12500013 : result.token?.length ?? 0;
}
    `,
    // Passed to functions of the file whose parameters take plain numbers,
    // or returned where a plain promise is expected.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function remember(status: number): void {
  void status;
}
const log = (status: number): void => {
  void status;
};
export async function lastStatus(
  read: (fallback: number) => number,
): Promise<number> {
  remember(12500009);
  log(12500004);
  return read(12500013);
}
void userAuth;
    `,
    // Numbers compared with something that is no code subject.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function count(items: number[], result: userAuth.UserAuthResult): boolean {
  return items.length === 10 && result.token?.length === 12500000;
}
    `,
    // Codes without a constant are not this rule's business.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function check(): void {
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FACE,
      userAuth.AuthTrustLevel.ATL3,
    );
  } catch (error) {
    if ((error as BusinessError).code === 201) {
    }
  }
}
    `,
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 401 || result.result === 12700001) {
  }
}
    `,
    // A number that is no member of the subject's enum is left to
    // no-impossible-codes.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 0) {
  }
}
    `,
    // A collection of numbers that no code is looked up in, and a value.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
const SIZES = [12500004, 12500007];
export function onResult(result: userAuth.UserAuthResult): boolean {
  return SIZES.includes(result.token?.length ?? 0) || new Map([[1, 12500009]]).has(result.result);
}
    `,
    // Arithmetic is not a comparison.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function next(result: userAuth.UserAuthResult): number {
  return result.result + 12500000;
}
    `,
    // A catch around code that calls no kit API.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if ((error as BusinessError).code === 12500010) {
      return userAuth.UserAuthResultCode.NOT_ENROLLED;
    }
    return undefined;
  }
}
    `,
    // A kit call in a callback runs outside the try.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function later(): void {
  try {
    setTimeout(() => {
      userAuth.getAvailableStatus(
        userAuth.UserAuthType.FACE,
        userAuth.AuthTrustLevel.ATL3,
      );
    }, 0);
  } catch (error) {
    if ((error as BusinessError).code === 12500010) {
    }
  }
}
    `,
    // The osAccount look-alike delivers its own codes.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
function verify(challenge: Uint8Array): void {
  new osAccount.UserAuth().auth(
    challenge,
    osAccount.AuthType.PIN,
    osAccount.AuthTrustLevel.ATL1,
    {
      onResult(result: number): void {
        if (result === 9 || result === 0) {
        }
      },
    },
  );
  void userAuth;
}
    `,
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
function isLocked(code: osAccount.ResultCode): boolean {
  return code === 9;
}
void userAuth;
    `,
    // A `let` may change: it is not followed.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  let code = result.result;
  code = 0;
  if (code === 12500009) {
  }
}
    `,
    // Allowed numbers.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 12500000) {
  }
}
      `,
      options: [{ allow: [12500000] }],
    },
    // Without the SDK's declarations the kit's types are errors: silence.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 12500009) {
  }
}
      `,
      languageOptions: {
        parserOptions: { tsconfigRootDir: NO_SDK_DIR },
      },
    },
    // Code with type errors.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResults): void {
  if (result.result === 12500009 || result.missing.code === 12500009) {
  }
}
    `,
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: any): void {
  if (result.result === 12500009) {
  }
  try {
    userAuth.getAvailableStatus(1 as any, undefined as any);
  } catch (error) {
    if (error === 12500009 || (error as any).code.value === 12500009) {
    }
  }
}
    `,
    // A constant that does not exist at the project's API level.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 12500013) {
  }
}
      `,
      settings: { userauth: { apiLevel: 11 } },
    },
  ],
  invalid: [
    // Each import form and alias.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === 12500000) {
  }
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
  }
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.SUCCESS',
            value: 12500000,
          },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
    {
      code: `
import ua from '@ohos.userIAM.userAuth';
function onResult(result: ua.UserAuthResult): void {
  if (12500009 == result.result) {
  }
}
      `,
      output: `
import ua from '@ohos.userIAM.userAuth';
function onResult(result: ua.UserAuthResult): void {
  if (ua.UserAuthResultCode.LOCKED == result.result) {
  }
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: { constant: 'ua.UserAuthResultCode.LOCKED', value: 12500009 },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 15,
        },
      ],
    },
    {
      code: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
function onResult(result: auth.UserAuthResult): boolean {
  return result.result !== 12500004;
}
      `,
      output: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
function onResult(result: auth.UserAuthResult): boolean {
  return result.result !== auth.UserAuthResultCode.TIMEOUT;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'auth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    {
      code: `
import { userAuth } from './local/kit';
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result != 12500003;
}
      `,
      output: `
import { userAuth } from './local/kit';
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result != userAuth.UserAuthResultCode.CANCELED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.CANCELED',
            value: 12500003,
          },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 35,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const Codes = userAuth.UserAuthResultCode;
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === 12500009;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
const Codes = userAuth.UserAuthResultCode;
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === Codes.LOCKED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: { constant: 'Codes.LOCKED', value: 12500009 },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 36,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const { UserAuthResultCode } = userAuth;
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === 12500009;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
const { UserAuthResultCode } = userAuth;
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === UserAuthResultCode.LOCKED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: { constant: 'UserAuthResultCode.LOCKED', value: 12500009 },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 36,
        },
      ],
    },
    // A `switch` on the subject.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): string {
  switch (result.result) {
    case 12500009:
      return 'locked';
    default:
      return 'other';
  }
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): string {
  switch (result.result) {
    case userAuth.UserAuthResultCode.LOCKED:
      return 'locked';
    default:
      return 'other';
  }
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 18,
        },
      ],
    },
    // Subject forms: destructuring, aliases, optional chains, casts.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(outcome: userAuth.UserAuthResult): boolean {
  const { result: code } = outcome;
  return code === 12500004;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(outcome: userAuth.UserAuthResult): boolean {
  const { result: code } = outcome;
  return code === userAuth.UserAuthResultCode.TIMEOUT;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 27,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const callback: userAuth.IAuthCallback = {
  onResult({ result }) {
    if (result === 12500004) {
    }
  },
};
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
const callback: userAuth.IAuthCallback = {
  onResult({ result }) {
    if (result === userAuth.UserAuthResultCode.TIMEOUT) {
    }
  },
};
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 28,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(outcome?: userAuth.UserAuthResult): boolean {
  const code = outcome?.result;
  return code === 12500013;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(outcome?: userAuth.UserAuthResult): boolean {
  const code = outcome?.result;
  return code === userAuth.UserAuthResultCode.PIN_EXPIRED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.PIN_EXPIRED',
            value: 12500013,
          },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 27,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(outcome: unknown): boolean {
  return (outcome as userAuth.UserAuthResult).result === 12500010;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(outcome: unknown): boolean {
  return (outcome as userAuth.UserAuthResult).result === userAuth.UserAuthResultCode.NOT_ENROLLED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.NOT_ENROLLED',
            value: 12500010,
          },
          line: 4,
          column: 58,
          endLine: 4,
          endColumn: 66,
        },
      ],
    },
    // The code of a caught error, in each form.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function check(): void {
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FACE,
      userAuth.AuthTrustLevel.ATL3,
    );
  } catch (error) {
    if ((error as BusinessError).code === 12500010) {
    }
  }
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function check(): void {
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FACE,
      userAuth.AuthTrustLevel.ATL3,
    );
  } catch (error) {
    if ((error as BusinessError).code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
    }
  }
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.NOT_ENROLLED',
            value: 12500010,
          },
          line: 11,
          column: 43,
          endLine: 11,
          endColumn: 51,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function begin(instance: userAuth.UserAuthInstance): void {
  try {
    instance.start();
  } catch (caught) {
    const error = caught as BusinessError;
    const { code } = error;
    if (error.code === 12500002 || code === 12500009) {
    }
  }
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function begin(instance: userAuth.UserAuthInstance): void {
  try {
    instance.start();
  } catch (caught) {
    const error = caught as BusinessError;
    const { code } = error;
    if (error.code === userAuth.UserAuthResultCode.GENERAL_ERROR || code === userAuth.UserAuthResultCode.LOCKED) {
    }
  }
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.GENERAL_ERROR',
            value: 12500002,
          },
          line: 10,
          column: 24,
          endLine: 10,
          endColumn: 32,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 53,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function lockState(): void {
  userAuth
    .getAuthLockState(userAuth.UserAuthType.PIN)
    .catch((error: BusinessError) => error.code === 12500010);
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
function lockState(): void {
  userAuth
    .getAuthLockState(userAuth.UserAuthType.PIN)
    .catch((error: BusinessError) => error.code === userAuth.UserAuthResultCode.NOT_ENROLLED);
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.NOT_ENROLLED',
            value: 12500010,
          },
          line: 7,
          column: 53,
          endLine: 7,
          endColumn: 61,
        },
      ],
    },
    // The deprecated channels, each in its own numbering.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
const handler: userAuth.AuthEvent = {
  callback(info: userAuth.EventInfo): void {
    if ((info as userAuth.AuthResultInfo).result === 12500009) {
    }
  },
};
      `,
      output: `
import userAuth from '@ohos.userIAM.userAuth';
const handler: userAuth.AuthEvent = {
  callback(info: userAuth.EventInfo): void {
    if ((info as userAuth.AuthResultInfo).result === userAuth.UserAuthResultCode.LOCKED) {
    }
  },
};
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 5,
          column: 54,
          endLine: 5,
          endColumn: 62,
        },
      ],
    },
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
function verify(challenge: Uint8Array): void {
  new userAuth.UserAuth().auth(
    challenge,
    userAuth.UserAuthType.FACE,
    userAuth.AuthTrustLevel.ATL1,
    {
      onResult(result, extraInfo): void {
        if (result === 9 && extraInfo.freezingTime !== undefined) {
        }
      },
    },
  );
}
      `,
      output: `
import userAuth from '@ohos.userIAM.userAuth';
function verify(challenge: Uint8Array): void {
  new userAuth.UserAuth().auth(
    challenge,
    userAuth.UserAuthType.FACE,
    userAuth.AuthTrustLevel.ATL1,
    {
      onResult(result, extraInfo): void {
        if (result === userAuth.ResultCode.LOCKED && extraInfo.freezingTime !== undefined) {
        }
      },
    },
  );
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: { constant: 'userAuth.ResultCode.LOCKED', value: 9 },
          line: 10,
          column: 24,
          endLine: 10,
          endColumn: 25,
        },
      ],
    },
    // Values typed as a result enum, compared, passed and returned.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function isLocked(code: userAuth.UserAuthResultCode): boolean {
  return code === 12500009;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function isLocked(code: userAuth.UserAuthResultCode): boolean {
  return code === userAuth.UserAuthResultCode.LOCKED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 27,
        },
      ],
    },
    // Expected types the source does not rule out: array elements, a
    // getter's setter, a function's written type, a variable whose type
    // grows with what it is given.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
type Code = userAuth.UserAuthResultCode;
declare function nextCode(): Code;
export function lockouts(): Code[] {
  return [12500009];
}
export class Last {
  get code() {
    return 12500004;
  }
  set code(value: Code) {
    void value;
  }
}
const explain: (code: Code) => void = (code: number) => {
  void code;
};
explain(12500013);
export function isLocked(): boolean {
  let code = null;
  code = nextCode();
  return code === 12500009;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
type Code = userAuth.UserAuthResultCode;
declare function nextCode(): Code;
export function lockouts(): Code[] {
  return [userAuth.UserAuthResultCode.LOCKED];
}
export class Last {
  get code() {
    return userAuth.UserAuthResultCode.TIMEOUT;
  }
  set code(value: Code) {
    void value;
  }
}
const explain: (code: Code) => void = (code: number) => {
  void code;
};
explain(userAuth.UserAuthResultCode.PIN_EXPIRED);
export function isLocked(): boolean {
  let code = null;
  code = nextCode();
  return code === userAuth.UserAuthResultCode.LOCKED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 19,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 20,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.PIN_EXPIRED',
            value: 12500013,
          },
          line: 19,
          column: 9,
          endLine: 19,
          endColumn: 17,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 23,
          column: 19,
          endLine: 23,
          endColumn: 27,
        },
      ],
    },
    // A `this` parameter takes no argument; a promise of the enum is
    // expected from an `async` function.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function remember(this: void, code: userAuth.UserAuthResultCode): void {
  void code;
}
export async function lastCode(): Promise<userAuth.UserAuthResultCode> {
  remember(12500009);
  return 12500004;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function remember(this: void, code: userAuth.UserAuthResultCode): void {
  void code;
}
export async function lastCode(): Promise<userAuth.UserAuthResultCode> {
  remember(userAuth.UserAuthResultCode.LOCKED);
  return userAuth.UserAuthResultCode.TIMEOUT;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 20,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 18,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare function explain(code: userAuth.UserAuthResultCode): string;
function lockedText(): userAuth.UserAuthResultCode {
  explain(12500009);
  return 12500004;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare function explain(code: userAuth.UserAuthResultCode): string;
function lockedText(): userAuth.UserAuthResultCode {
  explain(userAuth.UserAuthResultCode.LOCKED);
  return userAuth.UserAuthResultCode.TIMEOUT;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 19,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 18,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function unsupported(code: userAuth.AuthenticationResult): boolean {
  return code === -1;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function unsupported(code: userAuth.AuthenticationResult): boolean {
  return code === userAuth.AuthenticationResult.NO_SUPPORT;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.AuthenticationResult.NO_SUPPORT',
            value: -1,
          },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 21,
        },
      ],
    },
    // No binding in scope: a suggestion adds the import.
    {
      code: `
import type { AuthOutcome } from './local/types';
export function isLocked(outcome: AuthOutcome): boolean {
  return outcome.result === 12500009;
}
      `,
      output: null,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useConstantWithImport',
              data: {
                constant: 'userAuth.UserAuthResultCode.LOCKED',
                namespace: 'userAuth',
                source: '@kit.UserAuthenticationKit',
              },
              output: `
import type { AuthOutcome } from './local/types';
import { userAuth } from '@kit.UserAuthenticationKit';
export function isLocked(outcome: AuthOutcome): boolean {
  return outcome.result === userAuth.UserAuthResultCode.LOCKED;
}
      `,
            },
          ],
        },
      ],
    },
    {
      code: `
import type { AuthOutcome } from './local/types';
export function isLocked(outcome: AuthOutcome): boolean {
  return outcome.result === 12500009;
}
      `,
      settings: { userauth: { apiLevel: '3.2.0(10)' } },
      output: null,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useConstantWithImport',
              data: {
                constant: 'userAuth.UserAuthResultCode.LOCKED',
                namespace: 'userAuth',
                source: '@ohos.userIAM.userAuth',
              },
              output: `
import type { AuthOutcome } from './local/types';
import userAuth from '@ohos.userIAM.userAuth';
export function isLocked(outcome: AuthOutcome): boolean {
  return outcome.result === userAuth.UserAuthResultCode.LOCKED;
}
      `,
            },
          ],
        },
      ],
    },
    // The binding is shadowed and its name is taken: report only.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
type Result = userAuth.UserAuthResult;
function onResult(result: Result, userAuth: string): boolean {
  return result.result === 12500009 && userAuth !== '';
}
      `,
      output: null,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    // A type-only import cannot be read at run time.
    {
      code: `
import type { userAuth } from '@kit.UserAuthenticationKit';
export function isLocked(result: userAuth.UserAuthResult): boolean {
  return result.result === 12500009;
}
      `,
      output: null,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    // A value typed with the enum is no alias of it, and an alias must
    // come before a module-level use.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export const first: userAuth.UserAuthResultCode = 12500000;
const Codes = userAuth.UserAuthResultCode;
export function isLocked(result: userAuth.UserAuthResult): boolean {
  return result.result === 12500009 || Codes.LOCKED === first;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export const first: userAuth.UserAuthResultCode = userAuth.UserAuthResultCode.SUCCESS;
const Codes = userAuth.UserAuthResultCode;
export function isLocked(result: userAuth.UserAuthResult): boolean {
  return result.result === Codes.LOCKED || Codes.LOCKED === first;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.SUCCESS',
            value: 12500000,
          },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 59,
        },
        {
          messageId: 'magicCode',
          data: { constant: 'Codes.LOCKED', value: 12500009 },
          line: 6,
          column: 28,
          endLine: 6,
          endColumn: 36,
        },
      ],
    },
    // A numeric key is no value: only the value is reported.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export const aliases: Record<number, userAuth.UserAuthResultCode> = {
  12500009: 12500009,
};
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export const aliases: Record<number, userAuth.UserAuthResultCode> = {
  12500009: userAuth.UserAuthResultCode.LOCKED,
};
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 21,
        },
      ],
    },
    // Numbers in a collection the code is looked up in.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const RETRYABLE = [12500004, 12500007];
export function onResult(result: userAuth.UserAuthResult): boolean {
  return (
    RETRYABLE.includes(result.result) ||
    new Set([12500009]).has(result.result) ||
    new Map([[12500013, 'Reset your PIN.']]).has(result.result)
  );
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
const RETRYABLE = [userAuth.UserAuthResultCode.TIMEOUT, userAuth.UserAuthResultCode.BUSY];
export function onResult(result: userAuth.UserAuthResult): boolean {
  return (
    RETRYABLE.includes(result.result) ||
    new Set([userAuth.UserAuthResultCode.LOCKED]).has(result.result) ||
    new Map([[userAuth.UserAuthResultCode.PIN_EXPIRED, 'Reset your PIN.']]).has(result.result)
  );
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.TIMEOUT',
            value: 12500004,
          },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.BUSY',
            value: 12500007,
          },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 38,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 22,
        },
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.PIN_EXPIRED',
            value: 12500013,
          },
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 23,
        },
      ],
    },
    // Comments around the number stay where they are.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === /* locked */ 12500009;
}
      `,
      output: `
import { userAuth } from '@kit.UserAuthenticationKit';
function onResult(result: userAuth.UserAuthResult): boolean {
  return result.result === /* locked */ userAuth.UserAuthResultCode.LOCKED;
}
      `,
      errors: [
        {
          messageId: 'magicCode',
          data: {
            constant: 'userAuth.UserAuthResultCode.LOCKED',
            value: 12500009,
          },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 49,
        },
      ],
    },
  ],
});
