import rule from '../../src/rules/handle-result-codes.js';
import { createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

// The missing-code lists the messages carry, by channel and case.
const MISSING_ALL_THREE =
  '`UserAuthResultCode.LOCKED` (12500009: tell the person they are locked out and to try again later), ' +
  '`UserAuthResultCode.TIMEOUT` (12500004: say that the prompt timed out and offer to start again) or ' +
  '`UserAuthResultCode.PIN_EXPIRED` (12500013: tell the person their lock-screen PIN expired and must be reset)';
const MISSING_PIN_EXPIRED =
  '`UserAuthResultCode.PIN_EXPIRED` (12500013: tell the person their lock-screen PIN expired and must be reset)';
const MISSING_TIMEOUT =
  '`UserAuthResultCode.TIMEOUT` (12500004: say that the prompt timed out and offer to start again)';
const MISSING_LOCKED_TIMEOUT =
  '`UserAuthResultCode.LOCKED` (12500009: tell the person they are locked out and to try again later) or ' +
  '`UserAuthResultCode.TIMEOUT` (12500004: say that the prompt timed out and offer to start again)';
const MISSING_LEGACY =
  '`ResultCode.LOCKED` (9: tell the person they are locked out and to try again later) or ' +
  '`ResultCode.TIMEOUT` (4: say that the prompt timed out and offer to start again)';
const MISSING_WIDGET =
  "`UserAuthResultCode.CANCELED_FROM_WIDGET` (12500011: open the app's own authentication screen)";

ruleTester.run('handle-result-codes', rule, {
  valid: [
    // A switch with every required code, grouped and falling through.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
instance.on('result', {
  onResult(result) {
    switch (result.result) {
      case userAuth.UserAuthResultCode.SUCCESS:
        break;
      case userAuth.UserAuthResultCode.LOCKED:
      case userAuth.UserAuthResultCode.TIMEOUT:
        break;
      case userAuth.UserAuthResultCode.PIN_EXPIRED:
      default:
        break;
    }
  },
});
    `,
    // Comparisons on either side, and magic numbers by value.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
instance.on('result', {
  onResult: result => {
    if (result.result === userAuth.UserAuthResultCode.LOCKED) {
      return;
    }
    if (12500004 == result.result) {
      return;
    }
    if (result.result !== userAuth.UserAuthResultCode.PIN_EXPIRED) {
      return;
    }
  },
});
    `,
    // Destructuring in the parameter, a const alias, an optional chain.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
const Codes = userAuth.UserAuthResultCode;
const callback: userAuth.IAuthCallback = {
  onResult({ result: code }) {
    const same = code;
    if (same === Codes.LOCKED || code === Codes.TIMEOUT) {
    }
    if (code != Codes.PIN_EXPIRED) {
    }
  },
};
export function helper(outcome?: userAuth.UserAuthResult): boolean {
  const code = outcome?.result;
  return (
    code === Codes.LOCKED ||
    (outcome as userAuth.UserAuthResult).result === Codes.TIMEOUT ||
    outcome?.['result'] === Codes.PIN_EXPIRED
  );
}
void callback;
    `,
    // Collections of codes.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
const Codes = userAuth.UserAuthResultCode;
const RETRYABLE = [Codes.TIMEOUT, Codes.LOCKED];
const MESSAGES = new Map([[Codes.PIN_EXPIRED, 'Reset your PIN.']]);
export function onResult(result: userAuth.UserAuthResult): string | undefined {
  if (RETRYABLE.includes(result.result)) {
    return 'Try again later.';
  }
  return MESSAGES.get(result.result);
}
    `,
    `
import { userAuth } from '@kit.UserAuthenticationKit';
const LOCKED = userAuth.UserAuthResultCode.LOCKED;
const TEXT: Record<number, string> = {
  [LOCKED]: 'Locked.',
  12500004: 'Timed out.',
};
export function onResult(result: userAuth.UserAuthResult): string | undefined {
  if (new Set([userAuth.UserAuthResultCode.PIN_EXPIRED]).has(result.result)) {
    return 'Reset your PIN.';
  }
  return TEXT[result.result];
}
    `,
    // Followed into helpers, with the code or the result object.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function explain(code: number): string {
  switch (code) {
    case userAuth.UserAuthResultCode.LOCKED:
      return 'Locked.';
    case userAuth.UserAuthResultCode.TIMEOUT:
      return 'Timed out.';
    default:
      return isExpired(code) ? 'Reset your PIN.' : 'Failed.';
  }
}
const isExpired = (code: number): boolean =>
  code === userAuth.UserAuthResultCode.PIN_EXPIRED || isExpired(code - 1);
declare const instance: userAuth.UserAuthInstance;
instance.on('result', {
  onResult(result) {
    explain(result.result);
  },
});
    `,
    // A class that implements the callback and hands over the result.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
class Handler implements userAuth.IAuthCallback {
  onResult(result: userAuth.UserAuthResult): void {
    this.route(result);
  }
  private route({ result }: userAuth.UserAuthResult): void {
    if (
      result === userAuth.UserAuthResultCode.LOCKED ||
      result === userAuth.UserAuthResultCode.TIMEOUT ||
      result === userAuth.UserAuthResultCode.PIN_EXPIRED
    ) {
    }
  }
}
export const handler = new Handler();
    `,
    // A helper in another module of the program.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import { explainResult } from './local/explain';
declare const instance: userAuth.UserAuthInstance;
instance.on('result', {
  onResult: result => {
    void explainResult(result);
  },
});
    `,
    // The icon's callback, handled in full.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export const icon = {
  onAuthResult: (result: userAuth.UserAuthResult): void => {
    const { result: code } = result;
    if (
      code === userAuth.UserAuthResultCode.LOCKED ||
      code === userAuth.UserAuthResultCode.TIMEOUT ||
      code === userAuth.UserAuthResultCode.PIN_EXPIRED
    ) {
    }
  },
};
    `,
    // Quoted numeric keys, and 'all' without a navigation button.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const TEXT: Record<string, string> = { '12500009': 'Locked.' };
export function onResult(result: userAuth.UserAuthResult): string | undefined {
  switch (result.result) {
    case userAuth.UserAuthResultCode.SUCCESS:
    case userAuth.UserAuthResultCode.FAIL:
    case userAuth.UserAuthResultCode.GENERAL_ERROR:
    case userAuth.UserAuthResultCode.CANCELED:
    case userAuth.UserAuthResultCode.TIMEOUT:
    case userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT:
    case userAuth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT:
    case userAuth.UserAuthResultCode.BUSY:
    case userAuth.UserAuthResultCode.NOT_ENROLLED:
    case userAuth.UserAuthResultCode.PIN_EXPIRED:
      return undefined;
    default:
      return TEXT[result.result];
  }
}
      `,
      options: [{ requiredCodes: 'all' }],
    },
    // A helper that never reads the code is no handler.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function tokenOf(result: userAuth.UserAuthResult): Uint8Array | undefined {
  return result.token;
}
    `,
    // Parameters read only for other fields, through a cast or a pattern,
    // or never read: no handler, and no type is asked for.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export const tokenOf = (outcome: userAuth.UserAuthResult) =>
  (outcome as userAuth.UserAuthResult).token;
export const typeOf = ({ authType }: userAuth.UserAuthResult) => authType;
export function ignore(outcome: userAuth.UserAuthResult): number {
  return 12500009;
}
    `,
    // Callbacks of the same name that the kit never calls.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
declare function upload(callback: { onResult(code: number): void }): void;
upload({
  onResult(code) {
    if (code === 9) {
    }
  },
});
instance.on('result', {
  onResult: result => {
    switch (result.result) {
      case userAuth.UserAuthResultCode.LOCKED:
      case userAuth.UserAuthResultCode.TIMEOUT:
      case userAuth.UserAuthResultCode.PIN_EXPIRED:
        break;
    }
  },
  onAcquireInfo(info: number) {
    void info;
  },
} as userAuth.IAuthCallback);
    `,
    // The default counts when the option says so.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    return true;
  } else {
    return false;
  }
}
      `,
      options: [{ considerDefaultExhaustive: true }],
    },
    // At API level 11 no PIN can expire.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): void {
  if (
    result.result === userAuth.UserAuthResultCode.LOCKED ||
    result.result === userAuth.UserAuthResultCode.TIMEOUT
  ) {
  }
}
      `,
      settings: { userauth: { apiLevel: 11 } },
    },
    // A chosen list: names the channel cannot deliver are ignored.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): void {
  if (result.result === userAuth.UserAuthResultCode.LOCKED) {
  }
}
      `,
      options: [{ requiredCodes: ['LOCKED', 'INVALID_PARAMETERS'] }],
    },
    // The deprecated channels in their own numbering.
    `
import userAuth from '@ohos.userIAM.userAuth';
declare const instance: userAuth.AuthInstance;
instance.on('result', {
  callback(info: userAuth.EventInfo): void {
    const { result } = info as userAuth.AuthResultInfo;
    if (result === userAuth.UserAuthResultCode.LOCKED || result === 12500004) {
    }
  },
});
    `,
    `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult(result) {
      if (result === userAuth.ResultCode.LOCKED || result === 4) {
      }
    },
  },
);
    `,
    // The osAccount look-alike is never a handler.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
new osAccount.UserAuth().auth(
  new Uint8Array(),
  osAccount.AuthType.PIN,
  osAccount.AuthTrustLevel.ATL1,
  {
    onResult(result: number): void {
      if (result === 0) {
      }
    },
  },
);
void userAuth;
    `,
    // Without the SDK's types nothing is known: silence.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResults): void {
  void result;
}
    `,
  ],
  invalid: [
    // Only success is tested, in an inline object: suggest the checks.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
instance.on('result', {
  onResult(result) {
    if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
instance.on('result', {
  onResult(result) {
    if (result.result === userAuth.UserAuthResultCode.LOCKED) {
      // Tell the person they are locked out and to try again later.
    }
    if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
      // Say that the prompt timed out and offer to start again.
    }
    if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
      // Tell the person their lock-screen PIN expired and must be reset.
    }
    if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    }
  },
});
      `,
            },
          ],
        },
      ],
    },
    // A switch: suggest the cases, first so that no fall-through changes.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const Codes = userAuth.UserAuthResultCode;
const callback: userAuth.IAuthCallback = {
  onResult: ({ result }) => {
    switch (result) {
      case Codes.LOCKED:
      case Codes.PIN_EXPIRED:
        break;
      default:
        break;
    }
  },
};
void callback;
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_TIMEOUT },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
const Codes = userAuth.UserAuthResultCode;
const callback: userAuth.IAuthCallback = {
  onResult: ({ result }) => {
    switch (result) {
      case Codes.LOCKED:
      case Codes.PIN_EXPIRED:
        break;
      case Codes.TIMEOUT:
        // Say that the prompt timed out and offer to start again.
      default:
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
    // A default case and a final else do not count by default.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  if (result.result === userAuth.UserAuthResultCode.LOCKED) {
    return true;
  } else if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
    return true;
  } else {
    return false;
  }
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_PIN_EXPIRED },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): boolean {
  if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
    // Tell the person their lock-screen PIN expired and must be reset.
  }
  if (result.result === userAuth.UserAuthResultCode.LOCKED) {
    return true;
  } else if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
    return true;
  } else {
    return false;
  }
}
      `,
            },
          ],
        },
      ],
    },
    // An event name held in a constant is left to the types.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
const EVENT = 'result';
instance.on(EVENT, {
  onResult(result) {
    if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.UserAuthInstance;
const EVENT = 'result';
instance.on(EVENT, {
  onResult(result) {
    if (result.result === userAuth.UserAuthResultCode.LOCKED) {
      // Tell the person they are locked out and to try again later.
    }
    if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
      // Say that the prompt timed out and offer to start again.
    }
    if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
      // Tell the person their lock-screen PIN expired and must be reset.
    }
    if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    }
  },
});
      `,
            },
          ],
        },
      ],
    },
    // A callback handed to a wrapper of the app's own is found by its type.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare function authenticate(callback: userAuth.IAuthCallback): void;
authenticate({
  onResult(result) {
    if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare function authenticate(callback: userAuth.IAuthCallback): void;
authenticate({
  onResult(result) {
    if (result.result === userAuth.UserAuthResultCode.LOCKED) {
      // Tell the person they are locked out and to try again later.
    }
    if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
      // Say that the prompt timed out and offer to start again.
    }
    if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
      // Tell the person their lock-screen PIN expired and must be reset.
    }
    if (result.result === userAuth.UserAuthResultCode.SUCCESS) {
    }
  },
});
      `,
            },
          ],
        },
      ],
    },
    // Logging or forwarding the code does not handle it.
    {
      code: `
import ua from '@ohos.userIAM.userAuth';
declare function report(code: number): void;
declare const instance: ua.UserAuthInstance;
instance.on('result', {
  onResult(result) {
    console.info(\`auth finished: \${result.result}\`);
    report(result.result);
  },
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import ua from '@ohos.userIAM.userAuth';
declare function report(code: number): void;
declare const instance: ua.UserAuthInstance;
instance.on('result', {
  onResult(result) {
    if (result.result === ua.UserAuthResultCode.LOCKED) {
      // Tell the person they are locked out and to try again later.
    }
    if (result.result === ua.UserAuthResultCode.TIMEOUT) {
      // Say that the prompt timed out and offer to start again.
    }
    if (result.result === ua.UserAuthResultCode.PIN_EXPIRED) {
      // Tell the person their lock-screen PIN expired and must be reset.
    }
    console.info(\`auth finished: \${result.result}\`);
    report(result.result);
  },
});
      `,
            },
          ],
        },
      ],
    },
    // A navigation button adds CANCELED_FROM_WIDGET, inline or via const.
    {
      code: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
const widget: auth.WidgetParam = {
  title: 'Pay',
  navigationButtonText: 'Use password',
};
const instance = auth.getUserAuthInstance(
  {
    challenge: new Uint8Array(),
    authType: [auth.UserAuthType.FACE],
    authTrustLevel: auth.AuthTrustLevel.ATL3,
  },
  widget,
);
const callback = {
  onResult(result: auth.UserAuthResult): void {
    if (
      result.result === auth.UserAuthResultCode.LOCKED ||
      result.result === auth.UserAuthResultCode.TIMEOUT ||
      result.result === auth.UserAuthResultCode.PIN_EXPIRED
    ) {
    }
  },
};
instance.on('result', callback);
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_WIDGET },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
const widget: auth.WidgetParam = {
  title: 'Pay',
  navigationButtonText: 'Use password',
};
const instance = auth.getUserAuthInstance(
  {
    challenge: new Uint8Array(),
    authType: [auth.UserAuthType.FACE],
    authTrustLevel: auth.AuthTrustLevel.ATL3,
  },
  widget,
);
const callback = {
  onResult(result: auth.UserAuthResult): void {
    if (result.result === auth.UserAuthResultCode.CANCELED_FROM_WIDGET) {
      // Open the app's own authentication screen.
    }
    if (
      result.result === auth.UserAuthResultCode.LOCKED ||
      result.result === auth.UserAuthResultCode.TIMEOUT ||
      result.result === auth.UserAuthResultCode.PIN_EXPIRED
    ) {
    }
  },
};
instance.on('result', callback);
      `,
            },
          ],
        },
      ],
    },
    {
      code: `
import { userAuth } from './local/kit';
const Codes = userAuth.UserAuthResultCode;
userAuth
  .getUserAuthInstance(
    {
      challenge: new Uint8Array(),
      authType: [userAuth.UserAuthType.FINGERPRINT],
      authTrustLevel: userAuth.AuthTrustLevel.ATL3,
    },
    { title: 'Pay', navigationButtonText: 'Use password' },
  )
  .on('result', {
    onResult(result) {
      if ([Codes.LOCKED, Codes.TIMEOUT, Codes.PIN_EXPIRED].includes(result.result)) {
      }
    },
  });
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_WIDGET },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from './local/kit';
const Codes = userAuth.UserAuthResultCode;
userAuth
  .getUserAuthInstance(
    {
      challenge: new Uint8Array(),
      authType: [userAuth.UserAuthType.FINGERPRINT],
      authTrustLevel: userAuth.AuthTrustLevel.ATL3,
    },
    { title: 'Pay', navigationButtonText: 'Use password' },
  )
  .on('result', {
    onResult(result) {
      if (result.result === Codes.CANCELED_FROM_WIDGET) {
        // Open the app's own authentication screen.
      }
      if ([Codes.LOCKED, Codes.TIMEOUT, Codes.PIN_EXPIRED].includes(result.result)) {
      }
    },
  });
      `,
            },
          ],
        },
      ],
    },
    // A value typed with the whole enum may hold any code: it tests none.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function isExpected(
  result: userAuth.UserAuthResult,
  expected: userAuth.UserAuthResultCode,
): boolean {
  return result.result === expected;
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function isExpected(
  result: userAuth.UserAuthResult,
  expected: userAuth.UserAuthResultCode,
): boolean {
  if (result.result === userAuth.UserAuthResultCode.LOCKED) {
    // Tell the person they are locked out and to try again later.
  }
  if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
    // Say that the prompt timed out and offer to start again.
  }
  if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
    // Tell the person their lock-screen PIN expired and must be reset.
  }
  return result.result === expected;
}
      `,
            },
          ],
        },
      ],
    },
    // A helper that reads the code is a handler of its own.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function isRetryable(result: userAuth.UserAuthResult): boolean {
  return result.result === userAuth.UserAuthResultCode.TIMEOUT;
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: {
            missing:
              '`UserAuthResultCode.LOCKED` (12500009: tell the person they are locked out and to try again later) or ' +
              '`UserAuthResultCode.PIN_EXPIRED` (12500013: tell the person their lock-screen PIN expired and must be reset)',
          },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function isRetryable(result: userAuth.UserAuthResult): boolean {
  if (result.result === userAuth.UserAuthResultCode.LOCKED) {
    // Tell the person they are locked out and to try again later.
  }
  if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
    // Tell the person their lock-screen PIN expired and must be reset.
  }
  return result.result === userAuth.UserAuthResultCode.TIMEOUT;
}
      `,
            },
          ],
        },
      ],
    },
    // A helper typed only by where it is passed, which copies the result
    // into a variable before it tests the code.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const outcome: Promise<userAuth.UserAuthResult>;
void outcome.then(received => {
  const copy = received;
  return copy.result === userAuth.UserAuthResultCode.LOCKED;
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: {
            missing:
              '`UserAuthResultCode.TIMEOUT` (12500004: say that the prompt timed out and offer to start again) or ' +
              '`UserAuthResultCode.PIN_EXPIRED` (12500013: tell the person their lock-screen PIN expired and must be reset)',
          },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const outcome: Promise<userAuth.UserAuthResult>;
void outcome.then(received => {
  if (received.result === userAuth.UserAuthResultCode.TIMEOUT) {
    // Say that the prompt timed out and offer to start again.
  }
  if (received.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
    // Tell the person their lock-screen PIN expired and must be reset.
  }
  const copy = received;
  return copy.result === userAuth.UserAuthResultCode.LOCKED;
});
      `,
            },
          ],
        },
      ],
    },
    // A class that implements the callback and reads nothing.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export class Handler implements userAuth.IAuthCallback {
  onResult(result: userAuth.UserAuthResult): void {
    void result.token;
  }
}
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export class Handler implements userAuth.IAuthCallback {
  onResult(result: userAuth.UserAuthResult): void {
    if (result.result === userAuth.UserAuthResultCode.LOCKED) {
      // Tell the person they are locked out and to try again later.
    }
    if (result.result === userAuth.UserAuthResultCode.TIMEOUT) {
      // Say that the prompt timed out and offer to start again.
    }
    if (result.result === userAuth.UserAuthResultCode.PIN_EXPIRED) {
      // Tell the person their lock-screen PIN expired and must be reset.
    }
    void result.token;
  }
}
      `,
            },
          ],
        },
      ],
    },
    // A handler with no binding of the namespace in scope: no suggestion.
    {
      code: `
import type { AuthOutcome } from './local/types';
export const icon = {
  onAuthResult: (outcome: AuthOutcome): void => {
    void outcome;
  },
};
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_ALL_THREE },
          line: 4,
          column: 46,
          endLine: 4,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    // The deprecated channels in their own numbering.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
declare const instance: userAuth.AuthInstance;
instance.on('result', {
  callback(info: userAuth.EventInfo): void {
    if ((info as userAuth.AuthResultInfo).result === 12500000) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_LOCKED_TIMEOUT },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    // The same without written types: known from the call that registers it.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
declare const instance: userAuth.AuthInstance;
instance.on('result', {
  callback(info) {
    if ((info as userAuth.AuthResultInfo).result === 12500000) {
    }
  },
});
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_LOCKED_TIMEOUT },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult: (code, extraInfo) => {
      if (code === userAuth.ResultCode.SUCCESS) {
        void extraInfo;
      }
    },
  },
);
      `,
      errors: [
        {
          messageId: 'missingCodes',
          data: { missing: MISSING_LEGACY },
          line: 8,
          column: 33,
          endLine: 8,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addMissingChecks',
              output: `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  {
    onResult: (code, extraInfo) => {
      if (code === userAuth.ResultCode.LOCKED) {
        // Tell the person they are locked out and to try again later.
      }
      if (code === userAuth.ResultCode.TIMEOUT) {
        // Say that the prompt timed out and offer to start again.
      }
      if (code === userAuth.ResultCode.SUCCESS) {
        void extraInfo;
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
    // The strict list: every code with a constant the channel delivers.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): void {
  switch (result.result) {
    case userAuth.UserAuthResultCode.SUCCESS:
    case userAuth.UserAuthResultCode.FAIL:
    case userAuth.UserAuthResultCode.GENERAL_ERROR:
    case userAuth.UserAuthResultCode.CANCELED:
    case userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT:
    case userAuth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT:
    case userAuth.UserAuthResultCode.BUSY:
    case userAuth.UserAuthResultCode.NOT_ENROLLED:
    case userAuth.UserAuthResultCode.CANCELED_FROM_WIDGET:
    case userAuth.UserAuthResultCode.PIN_EXPIRED:
    case userAuth.UserAuthResultCode.TIMEOUT:
      break;
  }
}
      `,
      options: [{ requiredCodes: 'all' }],
      errors: [
        {
          messageId: 'missingCodes',
          data: {
            missing:
              '`UserAuthResultCode.LOCKED` (12500009: tell the person they are locked out and to try again later)',
          },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
export function onResult(result: userAuth.UserAuthResult): void {
  switch (result.result) {
    case userAuth.UserAuthResultCode.SUCCESS:
    case userAuth.UserAuthResultCode.FAIL:
    case userAuth.UserAuthResultCode.GENERAL_ERROR:
    case userAuth.UserAuthResultCode.CANCELED:
    case userAuth.UserAuthResultCode.TYPE_NOT_SUPPORT:
    case userAuth.UserAuthResultCode.TRUST_LEVEL_NOT_SUPPORT:
    case userAuth.UserAuthResultCode.BUSY:
    case userAuth.UserAuthResultCode.NOT_ENROLLED:
    case userAuth.UserAuthResultCode.CANCELED_FROM_WIDGET:
    case userAuth.UserAuthResultCode.PIN_EXPIRED:
    case userAuth.UserAuthResultCode.TIMEOUT:
      break;
    case userAuth.UserAuthResultCode.LOCKED:
      // Tell the person they are locked out and to try again later.
      break;
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
