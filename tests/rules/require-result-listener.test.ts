import rule from '../../src/rules/require-result-listener.js';
import { createTypedRuleTester, NO_SDK_DIR } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

ruleTester.run('require-result-listener', rule, {
  valid: [
    // The listener is registered, then authentication starts.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export function signIn(): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  instance.on('result', callback);
  instance.start();
}
    `,
    // Registered in a block that runs first, under a `const` event name,
    // with an optional call.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
const RESULT = 'result';
export function signIn(ready: boolean): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  try {
    instance.on(RESULT, callback);
  } catch {
    return;
  }
  if (ready) {
    instance?.start();
  }
}
    `,
    // The chained form holds no instance: nothing can start it later.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
userAuth.getUserAuthInstance(authParam, widgetParam).on('result', callback);
    `,
    // An instance received as a parameter is set up by its owner.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function begin(instance: userAuth.UserAuthInstance): void {
  instance.start();
}
export function resume(session: { auth: userAuth.UserAuthInstance }): void {
  session.auth.start();
}
    `,
    // The callback runs after the registration made before it was written.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
declare function onClick(handler: () => void): void;
export function prepare(): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  instance.on('result', callback);
  onClick(() => {
    instance.start();
  });
}
    `,
    // Handed to a helper first: the helper may register the listener.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare function listenTo(instance: userAuth.UserAuthInstance): void;
export function signIn(): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  listenTo(instance);
  instance.start();
}
    `,
    // A property set up and started in one method.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
export class SignInPage {
  private instance?: userAuth.UserAuthInstance;
  signIn(): void {
    this.instance = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.instance.on('result', { onResult: () => undefined });
    this.instance.start();
  }
}
    `,
    // A field made by its initialiser, with the listener where it starts.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private readonly auth = userAuth.getUserAuthInstance(authParam, widgetParam);
  signIn(): void {
    this.auth.on('result', callback);
    this.auth.start();
  }
}
    `,
    // A property filled from a constructor parameter belongs to the caller.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export class SignInPage {
  constructor(private readonly instance: userAuth.UserAuthInstance) {}
  signIn(): void {
    this.instance.start();
  }
}
    `,
    // The deprecated instance, with its listener first.
    `
import userAuth from '@ohos.userIAM.userAuth';
declare const event: userAuth.AuthEvent;
const instance = userAuth.getAuthInstance(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
);
instance.on('result', event);
instance.start();
    `,
    // The osAccount look-alike and the API 8 class have no on/start.
    `
import userAuth from '@ohos.userIAM.userAuth';
import osAccount from '@ohos.account.osAccount';
const account = new osAccount.UserAuth();
account.auth(new Uint8Array(), osAccount.AuthType.FACE, osAccount.AuthTrustLevel.ATL1, {
  onResult: () => undefined,
});
const legacy = new userAuth.UserAuth();
legacy.auth(new Uint8Array(), userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1, {
  onResult: () => undefined,
});
    `,
    // Methods named like the kit's on an object of the app's own.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
interface Player {
  on(event: 'result', listener: () => void): void;
  start(): void;
}
declare function getUserAuthInstance(): Player;
const player = getUserAuthInstance();
player.start();
void userAuth;
    `,
    // An instance made by a helper of the app is the helper's to set up.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare function makeInstance(): userAuth.UserAuthInstance;
const instance = makeInstance();
instance.start();
    `,
    // Code with type errors does not crash the rule.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const anything: any;
anything.start();
const instance = userAuth.getUserAuthInstanse(anything, anything);
instance.start();
    `,
    // Below API 10 the instance does not exist.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
instance.start();
      `,
      settings: { userauth: { apiLevel: 9 } },
    },
    // Without the SDK's declarations the kit's types are errors: silence.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
instance.start();
      `,
      languageOptions: {
        parserOptions: { tsconfigRootDir: NO_SDK_DIR },
      },
    },
  ],
  invalid: [
    // Started before the listener; the suggestion swaps the statements.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export function signIn(): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  instance.start();
  instance.on('result', callback);
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'moveListenerBeforeStart',
              data: { instance: 'instance' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export function signIn(): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  instance.on('result', callback);
  instance.start();
}
      `,
            },
          ],
        },
      ],
    },
    // No listener at all.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
instance.start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    // Comments move with the listener, across the code in between.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
export function signIn(): void {
  try {
    const auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    // Show the prompt.
    auth.start();
    console.info('started');
    // Hear how it ended.
    auth.on('result', {
      onResult: result => console.info(result.result), // log it
    }); // registered
  } catch {
    return;
  }
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'auth' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'moveListenerBeforeStart',
              data: { instance: 'auth' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
export function signIn(): void {
  try {
    const auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    // Hear how it ended.
    auth.on('result', {
      onResult: result => console.info(result.result), // log it
    }); // registered
    // Show the prompt.
    auth.start();
    console.info('started');
  } catch {
    return;
  }
}
      `,
            },
          ],
        },
      ],
    },
    // The listener reads a value declared after the start: no suggestion.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
instance.start();
const callback: userAuth.IAuthCallback = { onResult: () => undefined };
instance.on('result', callback);
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    // A registration inside a function defined earlier may not have run.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export function signIn(): void {
  const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  setTimeout(() => {
    instance.on('result', callback);
  }, 0);
  instance.start();
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // The listener is on the instance the variable held before.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export function retry(): void {
  let instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  instance.on('result', callback);
  instance = userAuth.getUserAuthInstance(authParam, widgetParam);
  instance.start();
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // A property: started before the listener in the same method.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private instance?: userAuth.UserAuthInstance;
  signIn(): void {
    this.instance = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.instance.start();
    this.instance.on('result', callback);
  }
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'this.instance' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'moveListenerBeforeStart',
              data: { instance: 'this.instance' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private instance?: userAuth.UserAuthInstance;
  signIn(): void {
    this.instance = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.instance.on('result', callback);
    this.instance.start();
  }
}
      `,
            },
          ],
        },
      ],
    },
    // Optional chains; the comments on the start's line stay with it.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private auth?: userAuth.UserAuthInstance;
  signIn(): void {
    this.auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    /* go */ this.auth?.start();
    this.auth?.on('result', callback);
  }
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'this.auth' },
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'moveListenerBeforeStart',
              data: { instance: 'this.auth' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private auth?: userAuth.UserAuthInstance;
  signIn(): void {
    this.auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.auth?.on('result', callback);
    /* go */ this.auth?.start();
  }
}
      `,
            },
          ],
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private auth?: userAuth.UserAuthInstance;
  signIn(): void {
    this.auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.auth?.start(); // go
    this.auth?.on('result', callback);
  }
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'this.auth' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'moveListenerBeforeStart',
              data: { instance: 'this.auth' },
              output: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private auth?: userAuth.UserAuthInstance;
  signIn(): void {
    this.auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.auth?.on('result', callback);
    this.auth?.start(); // go
  }
}
      `,
            },
          ],
        },
      ],
    },
    // A property registered in another method: not seen from this one.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private auth: userAuth.UserAuthInstance | null = null;
  aboutToAppear(): void {
    this.auth = userAuth.getUserAuthInstance(authParam, widgetParam);
    this.auth.on('result', callback);
  }
  onClick = (): void => {
    this.auth?.start();
  };
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'this.auth' },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    // The same for a field made by its initialiser, and for a variable of
    // the module set up in another function.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
export class SignInPage {
  private readonly auth = userAuth.getUserAuthInstance(authParam, widgetParam);
  constructor() {
    this.auth.on('result', callback);
  }
  signIn(): void {
    this.auth.start();
  }
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'this.auth' },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
let current: userAuth.UserAuthInstance | null = null;
export function prepare(): void {
  current = userAuth.getUserAuthInstance(authParam, widgetParam);
  current.on('result', callback);
}
export function begin(): void {
  current?.start();
}
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'current' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // The deprecated instance.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
const instance = userAuth.getAuthInstance(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
);
instance.start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    // Prompts are not the result.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const onTip: userAuth.AuthTipCallback;
const instance = userAuth.getUserAuthInstance(authParam, widgetParam);
instance.on('authTip', onTip);
instance.start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    // The listener is on another instance.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
declare const callback: userAuth.IAuthCallback;
const face = userAuth.getUserAuthInstance(authParam, widgetParam);
const pin = userAuth.getUserAuthInstance(authParam, widgetParam);
face.on('result', callback);
pin.start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'pin' },
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 12,
          suggestions: [],
        },
      ],
    },
    // Import forms: a renamed kit export, the module's default export, a
    // local re-export.
    {
      code: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
declare const authParam: auth.AuthParam;
declare const widgetParam: auth.WidgetParam;
const instance = auth.getUserAuthInstance(authParam, widgetParam);
instance.start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      code: `
import ua from '@ohos.userIAM.userAuth';
declare const authParam: ua.AuthParam;
declare const widgetParam: ua.WidgetParam;
const instance = ua.getUserAuthInstance(authParam, widgetParam);
instance.start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      code: `
import { userAuth } from './local/kit';
declare const authParam: userAuth.AuthParam;
declare const widgetParam: userAuth.WidgetParam;
const { getUserAuthInstance: create } = userAuth;
const instance = create(authParam, widgetParam) as userAuth.UserAuthInstance;
(instance as userAuth.UserAuthInstance).start();
      `,
      errors: [
        {
          messageId: 'startWithoutListener',
          data: { instance: 'instance' },
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
  ],
});
