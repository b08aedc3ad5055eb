import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-deprecated-api.js';
import { APIS, findApi } from '../../src/catalogue/index.js';
import { createTypedRuleTester, NO_SDK_DIR } from '../rule-tester.js';

const ruleTester = createTypedRuleTester();

ruleTester.run('no-deprecated-api', rule, {
  valid: [
    // The current entry point.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export function begin(param: userAuth.AuthParam, widget: userAuth.WidgetParam): void {
  const instance = userAuth.getUserAuthInstance(param, widget);
  instance.start();
}
    `,
    // The osAccount look-alike has a class of the same name.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
const legacy = new osAccount.UserAuth();
legacy.auth(new Uint8Array(), osAccount.AuthType.PIN, osAccount.AuthTrustLevel.ATL1, {
  onResult: () => undefined,
});
void userAuth;
    `,
    `
import osAccount from '@ohos.account.osAccount';
const { UserAuth } = osAccount;
new UserAuth().cancelAuth(new Uint8Array());
    `,
    // The app's own function and class with the kit's names.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
function getAuthInstance(challenge: Uint8Array): userAuth.AuthParam {
  return {
    challenge,
    authType: [userAuth.UserAuthType.FACE],
    authTrustLevel: userAuth.AuthTrustLevel.ATL3,
  };
}
class UserAuth {}
getAuthInstance(new Uint8Array());
new UserAuth();
    `,
    // A file that never reaches the kit is not looked at.
    `
function getAuthenticator(): string {
  return 'local';
}
getAuthenticator();
    `,
    // Methods of the objects deprecated entry points return.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
declare const instance: userAuth.AuthInstance;
declare const legacy: userAuth.UserAuth;
declare const authenticator: userAuth.Authenticator;
instance.on('result', { callback: () => undefined });
instance.start();
instance.cancel();
legacy.getVersion();
legacy.cancelAuth(new Uint8Array());
void authenticator.execute('FACE_ONLY', 'S2');
    `,
    // Type references and enum members.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
export type Legacy = userAuth.AuthInstance | userAuth.UserAuth;
export type Create = typeof userAuth.getAuthInstance;
export function succeeded(result: number): boolean {
  return result === userAuth.ResultCode.SUCCESS;
}
    `,
    // Other kit constructors.
    `
import { faceAuth } from '@kit.UserAuthenticationKit';
new faceAuth.FaceAuthManager().setSurfaceId('surface');
    `,
    // Below the level that deprecates each entry point.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
userAuth.getAuthInstance(new Uint8Array(), userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
      `,
      settings: { userauth: { apiLevel: 9 } },
    },
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth();
      `,
      settings: { userauth: { apiLevel: 8 } },
    },
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
userAuth.getAuthenticator();
      `,
      settings: { userauth: { apiLevel: 7 } },
    },
    // Without the SDK's declarations nothing can be told apart: silence.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
userAuth.getAuthInstance(new Uint8Array(), 1, 10000);
new userAuth.UserAuth();
      `,
      languageOptions: {
        parserOptions: { tsconfigRootDir: NO_SDK_DIR },
      },
    },
    // Types that say nothing about the callee.
    `
import { userAuth } from '@kit.UserAuthenticationKit';
(userAuth as any).getAuthInstance();
declare const anything: any;
new anything.UserAuth();
    `,
  ],
  invalid: [
    // The kit's named export.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const instance = userAuth.getAuthInstance(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
);
instance.on('result', { callback: () => undefined });
instance.start();
      `,
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthInstance',
            replacement: 'getUserAuthInstance',
            since: 10,
          },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    // Renamed on import; the replacement of a replacement deprecated at
    // the level is named instead.
    {
      code: `
import { userAuth as auth } from '@kit.UserAuthenticationKit';
auth.getAuthenticator().execute('FACE_ONLY', 'S2', () => undefined);
      `,
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthenticator',
            replacement: 'getUserAuthInstance',
            since: 8,
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    // The default export, under any name.
    {
      code: `
import ua from '@ohos.userIAM.userAuth';
const legacy = new ua.UserAuth();
legacy.auth(new Uint8Array(), ua.UserAuthType.FACE, ua.AuthTrustLevel.ATL1, {
  onResult: () => undefined,
});
      `,
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'new UserAuth',
            replacement: 'getUserAuthInstance',
            since: 9,
          },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    // A re-export from a module of the app.
    {
      code: `
import { userAuth } from './local/kit';
userAuth.getAuthInstance(new Uint8Array(), userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
      `,
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthInstance',
            replacement: 'getUserAuthInstance',
            since: 10,
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // Destructured from the namespace.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
const { getAuthInstance, UserAuth } = userAuth;
getAuthInstance(new Uint8Array(), userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
new UserAuth();
      `,
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthInstance',
            replacement: 'getUserAuthInstance',
            since: 10,
          },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 16,
          suggestions: [],
        },
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'new UserAuth',
            replacement: 'getUserAuthInstance',
            since: 9,
          },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 13,
          suggestions: [],
        },
      ],
    },
    // Computed, optional and asserted callees.
    {
      code: `
import { userAuth } from '@kit.UserAuthenticationKit';
userAuth['getAuthenticator']();
userAuth?.getAuthenticator?.();
new (userAuth.UserAuth as typeof userAuth.UserAuth)();
      `,
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthenticator',
            replacement: 'getUserAuthInstance',
            since: 8,
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthenticator',
            replacement: 'getUserAuthInstance',
            since: 8,
          },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'new UserAuth',
            replacement: 'getUserAuthInstance',
            since: 9,
          },
          line: 5,
          column: 6,
          endLine: 5,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // At the deprecating level itself.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
userAuth.getAuthInstance(new Uint8Array(), userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
      `,
      settings: { userauth: { apiLevel: 10 } },
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthInstance',
            replacement: 'getUserAuthInstance',
            since: 10,
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // At API 9 the direct replacement is not deprecated yet.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
new userAuth.UserAuth();
userAuth.getAuthenticator();
      `,
      settings: { userauth: { apiLevel: 9 } },
      errors: [
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'new UserAuth',
            replacement: 'getAuthInstance',
            since: 9,
          },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'deprecatedApi',
          data: {
            api: 'getAuthenticator',
            replacement: 'getAuthInstance',
            since: 8,
          },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // At API 8 the replacement does not exist yet.
    {
      code: `
import userAuth from '@ohos.userIAM.userAuth';
userAuth.getAuthenticator();
      `,
      settings: { userauth: { apiLevel: 8 } },
      errors: [
        {
          messageId: 'replacementNotYetAvailable',
          data: {
            api: 'getAuthenticator',
            replacement: 'getAuthInstance',
            replacementSince: 9,
            since: 8,
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
  ],
});

describe('the deprecated entry points in the catalogue', () => {
  // The rule reports only entry points whose replacement it can name; a
  // new one without a replacement needs a message of its own first.
  it('each name a replacement the catalogue describes', () => {
    const entryPoints = APIS.filter(
      api =>
        api.deprecatedSince !== undefined &&
        (api.kind === 'function' || api.kind === 'constructor'),
    );
    const replacements = entryPoints.map(api => {
      const [first = '', second] = (api.replacement ?? '').split('.');

      return second === undefined
        ? findApi(api.module, undefined, first)
        : findApi(api.module, first, second);
    });

    expect(entryPoints.length).toBeGreaterThan(0);
    expect(replacements).not.toContain(undefined);
  });
});
