import rule from '../../src/rules/handle-thrown-codes.js';
import { createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

// What the messages say about each code and API.
const STATUS_CODES =
  '201, 401, 12500002, 12500005, 12500006, 12500010, 12500013';
const MISSING_PIN_EXPIRED =
  '`UserAuthResultCode.PIN_EXPIRED` (12500013, from `getAvailableStatus`: tell the person their lock-screen PIN expired and must be reset)';
const MISSING_STATUS_CODES =
  '`UserAuthResultCode.NOT_ENROLLED` (12500010, from `getAvailableStatus`: ask the person to enrol the credential in Settings first) or ' +
  MISSING_PIN_EXPIRED;

ruleTester.run('handle-thrown-codes', rule, {
  valid: [
    // Each subject form, each test form.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
export function canUseFace(): boolean {
  try {
    userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
    return true;
  } catch (error) {
    switch ((error as BusinessError).code) {
      case userAuth.UserAuthResultCode.NOT_ENROLLED:
      case userAuth.UserAuthResultCode.PIN_EXPIRED:
        return false;
      default:
        return false;
    }
  }
}
    `,
    `
import ua from '@ohos.userIAM.userAuth';
import { BusinessError } from '@ohos.base';
export function canUseFace(): boolean {
  try {
    ua.getAvailableStatus(ua.UserAuthType.FACE, ua.AuthTrustLevel.ATL3);
    return true;
  } catch (caught) {
    const error = caught as BusinessError;
    const { code } = error;
    return !(error.code === ua.UserAuthResultCode.NOT_ENROLLED || 12500013 === code);
  }
}
    `,
    // Rethrowing hands every code to the caller.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function check(): void {
  try {
    userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
  } catch (error) {
    console.error('availability check failed');
    throw error;
  }
}
    `,
    // A documented throw hands the call to the caller.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
/**
 * Checks that a fingerprint is enrolled.
 * @throws {BusinessError} When no fingerprint is enrolled.
 */
export const check = (): void => {
  userAuth.getEnrolledState(userAuth.UserAuthType.FINGERPRINT);
};
    `,
    // Creating and starting need a guard, but no particular code.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function begin(param: userAuth.AuthParam, widget: userAuth.WidgetParam): void {
  try {
    const instance = userAuth.getUserAuthInstance(param, widget);
    instance.on('result', { onResult: () => undefined });
    instance.start();
  } catch {
    return;
  }
}
    `,
    // Listeners only throw argument and general errors.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
instance.on('result', { onResult: () => undefined });
instance.off('result');
    `,
    // APIs absent at the project's level are not checked.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
userAuth.getEnrolledState(userAuth.UserAuthType.FACE);
      `,
      settings: { userauth: { apiLevel: 11 } },
    },
    // Codes absent at the project's level are not required.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
} catch (error) {
  if ((error as BusinessError).code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
  }
}
      `,
      settings: { userauth: { apiLevel: 11 } },
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
} catch (error) {
  if ((error as BusinessError).code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
  }
}
      `,
      options: [{ requiredCodes: { getAvailableStatus: ['NOT_ENROLLED'] } }],
    },
    // Promise APIs: awaited in a try, or with a rejection handler.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export async function lockState(): Promise<boolean> {
  try {
    const state = await userAuth.getAuthLockState(userAuth.UserAuthType.PIN);
    return state.isLocked;
  } catch {
    return false;
  }
}
    `,
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function lockState(): void {
  userAuth
    .getAuthLockState(userAuth.UserAuthType.PIN)
    .then(state => state.isLocked)
    .catch(() => false);
  userAuth.getAuthLockState(userAuth.UserAuthType.FACE).then(
    state => state.isLocked,
    () => false,
  );
}
    `,
    // Awaiting a chain awaits the rejection too.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export async function isLocked(): Promise<boolean> {
  try {
    return await userAuth
      .getAuthLockState(userAuth.UserAuthType.PIN)
      .then(state => state.isLocked)
      .finally(() => undefined);
  } catch {
    return false;
  }
}
    `,
    // The API 8 class returns its codes; it throws nothing.
    `
import userAuth from '@ohos.userIAM.userAuth';
import osAccount from '@ohos.account.osAccount';
const legacy = new userAuth.UserAuth();
legacy.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
new osAccount.UserAuth().getAvailableStatus(
  osAccount.AuthType.PIN,
  osAccount.AuthTrustLevel.ATL1,
);
    `,
    // A destructured function is still the kit's.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
const { getAvailableStatus, UserAuthResultCode: Codes } = userAuth;
try {
  getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
} catch (error) {
  if ([Codes.NOT_ENROLLED, Codes.PIN_EXPIRED].includes((error as BusinessError).code)) {
  }
}
    `,
  ],
  invalid: [
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function canUseFace(): boolean {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
  return true;
}
      `,
      errors: [
        {
          messageId: 'unguardedCall',
          data: { api: 'getAvailableStatus', codes: STATUS_CODES },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 88,
        },
      ],
    },
    // A try outside the function that makes the call does not guard it.
    {
      code: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
try {
  setTimeout(() => {
    auth.getAvailableStatus(auth.UserAuthType.FACE, auth.AuthTrustLevel.ATL3);
  }, 0);
} catch {
}
      `,
      errors: [
        {
          messageId: 'unguardedCall',
          data: { api: 'getAvailableStatus', codes: STATUS_CODES },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 78,
        },
      ],
    },
    // A try without catch lets the error through.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function check(): void {
  try {
    userAuth.getEnrolledState(userAuth.UserAuthType.FACE);
  } finally {
    console.info('checked');
  }
}
      `,
      errors: [
        {
          messageId: 'unguardedCall',
          data: {
            api: 'getEnrolledState',
            codes: '201, 401, 12500002, 12500005, 12500010',
          },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 58,
        },
      ],
    },
    // Nor does a catch or finally block.
    {
      code: `
import { userAuth } from './local/kit';
declare const instance: userAuth.UserAuthInstance;
try {
  JSON.parse('{}');
} finally {
  instance.start();
}
      `,
      errors: [
        {
          messageId: 'unguardedCall',
          data: {
            api: 'UserAuthInstance.start',
            codes:
              '201, 401, 12500002, 12500003, 12500005, 12500006, 12500009, 12500010, 12500011, 12500013',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 19,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export async function lockState(): Promise<void> {
  try {
    void userAuth.getAuthLockState(userAuth.UserAuthType.PIN);
  } catch {
    return;
  }
}
      `,
      errors: [
        {
          messageId: 'unhandledRejection',
          data: {
            api: 'getAuthLockState',
            codes: '201, 12500002, 12500005, 12500008, 12500010',
          },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 62,
        },
      ],
    },
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
import faceAuth from '@ohos.userIAM.faceAuth';
const instance = userAuth.getAuthInstance(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
);
new faceAuth.FaceAuthManager().setSurfaceId('surface');
void instance;
      `,
      errors: [
        {
          messageId: 'unguardedCall',
          data: {
            api: 'getAuthInstance',
            codes: '401, 12500002, 12500005, 12500006',
          },
          line: 4,
          column: 18,
          endLine: 8,
          endColumn: 2,
        },
        {
          messageId: 'unguardedCall',
          data: {
            api: 'FaceAuthManager.setSurfaceId',
            codes: '201, 202, 12700001',
          },
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 55,
        },
      ],
    },
    // The catch misses a code; the suggestion reads the code its way.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
export function canUseFace(): boolean {
  try {
    userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
    return true;
  } catch (error) {
    if ((error as BusinessError).code === 12500010) {
      return false;
    }
    return false;
  }
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_PIN_EXPIRED },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
export function canUseFace(): boolean {
  try {
    userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
    return true;
  } catch (error) {
    if ((error as BusinessError).code === userAuth.UserAuthResultCode.PIN_EXPIRED) {
      // Tell the person their lock-screen PIN expired and must be reset.
    }
    if ((error as BusinessError).code === 12500010) {
      return false;
    }
    return false;
  }
}
      `,
            },
          ],
        },
      ],
    },
    // A catch-all: a cast to the imported BusinessError reads the code.
    {
      code: `
import ua from '@ohos.userIAM.userAuth';
import type { BusinessError } from '@ohos.base';
try {
  ua.getAvailableStatus(ua.UserAuthType.FACE, ua.AuthTrustLevel.ATL3);
} catch (e) {
  console.error(e);
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_STATUS_CODES },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import ua from '@ohos.userIAM.userAuth';
import type { BusinessError } from '@ohos.base';
try {
  ua.getAvailableStatus(ua.UserAuthType.FACE, ua.AuthTrustLevel.ATL3);
} catch (e) {
  if ((e as BusinessError).code === ua.UserAuthResultCode.NOT_ENROLLED) {
    // Ask the person to enrol the credential in Settings first.
  }
  if ((e as BusinessError).code === ua.UserAuthResultCode.PIN_EXPIRED) {
    // Tell the person their lock-screen PIN expired and must be reset.
  }
  console.error(e);
}
      `,
            },
          ],
        },
      ],
    },
    // No error binding, or no way to read the code: report only.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function canUseFace(): boolean {
  try {
    userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL3);
    return true;
  } catch {
    return false;
  }
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_STATUS_CODES },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    // The strict options: listeners are checked, every code is required.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
instance.off('result');
      `,
      options: [{ checkGeneralErrors: true }],
      errors: [
        {
          messageId: 'unguardedCall',
          data: { api: 'UserAuthInstance.off', codes: '401, 12500002' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
export function enrolled(): boolean {
  try {
    return userAuth.getEnrolledState(userAuth.UserAuthType.FACE).credentialCount > 0;
  } catch (error) {
    return (error as BusinessError).code !== userAuth.UserAuthResultCode.NOT_ENROLLED;
  }
}
      `,
      options: [{ requiredCodes: 'all' }],
      errors: [
        {
          messageId: 'missingCodes',
          data: {
            missing:
              '201 (from `getEnrolledState`: request the missing permission or explain why it is needed), ' +
              '401 (from `getEnrolledState`: fix the arguments passed to the API), ' +
              '`UserAuthResultCode.GENERAL_ERROR` (12500002, from `getEnrolledState`: report a temporary problem and let the person try again later) or ' +
              '`UserAuthResultCode.TYPE_NOT_SUPPORT` (12500005, from `getEnrolledState`: offer another way to authenticate)',
          },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
export function enrolled(): boolean {
  try {
    return userAuth.getEnrolledState(userAuth.UserAuthType.FACE).credentialCount > 0;
  } catch (error) {
    if ((error as BusinessError).code === 201) {
      // Request the missing permission or explain why it is needed.
    }
    if ((error as BusinessError).code === 401) {
      // Fix the arguments passed to the API.
    }
    if ((error as BusinessError).code === userAuth.UserAuthResultCode.GENERAL_ERROR) {
      // Report a temporary problem and let the person try again later.
    }
    if ((error as BusinessError).code === userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT) {
      // Offer another way to authenticate.
    }
    return (error as BusinessError).code !== userAuth.UserAuthResultCode.NOT_ENROLLED;
  }
}
      `,
            },
          ],
        },
      ],
    },
    // A rejection handler is checked like a catch.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
void userAuth
  .getAuthLockState(userAuth.UserAuthType.PIN)
  .catch((error: BusinessError) => {
    console.error(error.code);
  });
      `,
      options: [{ requiredCodes: { getAuthLockState: ['NOT_ENROLLED'] } }],
      errors: [
        {
          messageId: 'missingCodesInHandler',
          data: {
            missing:
              '`UserAuthResultCode.NOT_ENROLLED` (12500010, from `getAuthLockState`: ask the person to enrol the credential in Settings first)',
          },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
void userAuth
  .getAuthLockState(userAuth.UserAuthType.PIN)
  .catch((error: BusinessError) => {
    if (error.code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
      // Ask the person to enrol the credential in Settings first.
    }
    console.error(error.code);
  });
      `,
            },
          ],
        },
      ],
    },
  ],
});
