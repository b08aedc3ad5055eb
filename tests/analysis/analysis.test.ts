import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  enumReferenceAt,
  findKitBindings,
} from '../../src/analysis/constants.js';
import { expectedCodeEnumAt } from '../../src/analysis/expected-types.js';
import { isKitCall } from '../../src/analysis/kit-calls.js';
import { codeSubjectOf } from '../../src/analysis/subjects.js';
import { numericValuesOf } from '../../src/analysis/values.js';
import { runProbe } from './probe.js';

// Every snippet declares `probe`, so that it type-checks.
const PROBE = 'declare function probe(value: unknown): void;\n';

describe('fileReachesKit', () => {
  it.each([
    ['a kit import', "import { userAuth } from '@kit.UserAuthenticationKit';"],
    ['the module import', "import ua from '@ohos.userIAM.userAuth';"],
    ['a faceAuth import', "import faceAuth from '@ohos.userIAM.faceAuth';"],
    ['a local re-export', "import { userAuth } from './local/kit';"],
    [
      'a type-only local import',
      "import type { AuthOutcome } from './local/types';",
    ],
    ['a re-export', "export { userAuth } from '@kit.UserAuthenticationKit';"],
  ])('is true for %s', (_, code) => {
    expect(runProbe(`${code}\n${PROBE}`, () => null).reachesKit).toBe(true);
  });

  it.each([
    ['no imports', 'const RETRY_MS = 12500;'],
    [
      'an unrelated local module',
      "import { isUnauthorized } from './local/unrelated';",
    ],
    [
      'the osAccount look-alike',
      "import osAccount from '@ohos.account.osAccount';",
    ],
    ['a library', "import { BusinessError } from '@kit.BasicServicesKit';"],
  ])('is false for %s', (_, code) => {
    expect(runProbe(`${code}\n${PROBE}`, () => null).reachesKit).toBe(false);
  });
});

describe('isKitCall', () => {
  const callOf = (code: string): unknown[] =>
    runProbe(code, (kit, argument) =>
      argument.type === AST_NODE_TYPES.CallExpression ||
      argument.type === AST_NODE_TYPES.NewExpression
        ? isKitCall(kit, argument)
        : 'not a call',
    ).results;

  it('recognises functions, methods and constructors of the kit', () => {
    expect(
      callOf(`
import { userAuth } from '@kit.UserAuthenticationKit';
import faceAuth from '@ohos.userIAM.faceAuth';
${PROBE}
declare const instance: userAuth.UserAuthInstance;
declare const legacy: userAuth.AuthInstance;
const { getAvailableStatus } = userAuth;
probe(userAuth.getEnrolledState(userAuth.UserAuthType.FACE));
probe(instance.start());
probe(legacy.start());
probe(new userAuth.UserAuth());
probe(getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1));
probe(new faceAuth.FaceAuthManager().setSurfaceId('surface'));
      `),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('rejects look-alikes and unrelated calls', () => {
    expect(
      callOf(`
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
${PROBE}
const UserAuth = osAccount.UserAuth;
probe(new osAccount.UserAuth());
probe(new UserAuth().getVersion());
probe(JSON.stringify(userAuth.UserAuthResultCode.LOCKED));
      `),
    ).toEqual([false, false, false]);
  });
});

describe('codeSubjectOf', () => {
  const subjectsOf = (code: string): unknown[] =>
    runProbe(code, (kit, argument) => {
      const subject = codeSubjectOf(kit, argument);

      // The catcher is a node; its type is enough to tell which one.
      return subject === undefined
        ? null
        : {
            ...subject,
            ...(subject.catcher && { catcher: subject.catcher.type }),
          };
    }).results;

  it('finds the result of each channel', () => {
    expect(
      subjectsOf(`
import { userAuth } from '@kit.UserAuthenticationKit';
${PROBE}
declare const result: userAuth.UserAuthResult;
declare const maybe: userAuth.UserAuthResult | undefined;
declare const info: userAuth.AuthResultInfo;
const { result: code } = result;
const alias = maybe?.result;
probe(result.result);
probe(result['result']);
probe(code);
probe(alias);
probe((result as userAuth.UserAuthResult).result!);
probe(info.result);
new userAuth.UserAuth().auth(
  new Uint8Array(),
  userAuth.UserAuthType.FACE,
  userAuth.AuthTrustLevel.ATL1,
  { onResult: (legacyCode = 0) => probe(legacyCode) },
);
      `),
    ).toEqual([
      { channel: 'result', family: 'UserAuthResultCode' },
      { channel: 'result', family: 'UserAuthResultCode' },
      { channel: 'result', family: 'UserAuthResultCode' },
      { channel: 'result', family: 'UserAuthResultCode' },
      { channel: 'result', family: 'UserAuthResultCode' },
      { channel: 'authEvent', family: 'UserAuthResultCode' },
      { channel: 'legacyCallback', family: 'ResultCode' },
    ]);
  });

  it('finds the code of errors caught around kit calls', () => {
    expect(
      subjectsOf(`
import { userAuth } from '@kit.UserAuthenticationKit';
import { BusinessError } from '@kit.BasicServicesKit';
${PROBE}
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
} catch (error) {
  const err = error as BusinessError;
  const { code } = err;
  probe((error as BusinessError).code);
  probe(err.code);
  probe(code);
}
try {
  JSON.parse('{}');
} catch (error) {
  probe((error as BusinessError).code);
}
try {
  userAuth.getAvailableStatus(userAuth.UserAuthType.FACE, userAuth.AuthTrustLevel.ATL1);
} catch ({ code }) {
  probe(code);
}
void userAuth.getAuthLockState(userAuth.UserAuthType.PIN).then(
  () => undefined,
  (error: BusinessError) => probe(error.code),
);
      `),
    ).toEqual([
      {
        catcher: 'CatchClause',
        channel: 'thrown',
        family: 'UserAuthResultCode',
      },
      {
        catcher: 'CatchClause',
        channel: 'thrown',
        family: 'UserAuthResultCode',
      },
      {
        catcher: 'CatchClause',
        channel: 'thrown',
        family: 'UserAuthResultCode',
      },
      null,
      {
        catcher: 'CatchClause',
        channel: 'thrown',
        family: 'UserAuthResultCode',
      },
      {
        catcher: 'ArrowFunctionExpression',
        channel: 'thrown',
        family: 'UserAuthResultCode',
      },
    ]);
  });

  it('finds values typed as a result enum and nothing else', () => {
    expect(
      subjectsOf(`
import { userAuth } from '@kit.UserAuthenticationKit';
import osAccount from '@ohos.account.osAccount';
${PROBE}
declare const current: userAuth.UserAuthResultCode;
declare const legacy: userAuth.ResultCode;
declare const oldest: userAuth.AuthenticationResult;
declare const lookAlike: osAccount.ResultCode;
declare const plain: number;
declare const loose: any;
let changing = 0;
probe(current);
probe(legacy);
probe(oldest);
probe(userAuth.UserAuthResultCode.LOCKED);
probe(lookAlike);
probe(plain);
probe(loose.result);
probe(changing);
      `),
    ).toEqual([
      { channel: 'typed', family: 'UserAuthResultCode' },
      { channel: 'typed', family: 'ResultCode' },
      { channel: 'typed', family: 'AuthenticationResult' },
      { channel: 'typed', family: 'UserAuthResultCode' },
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('numericValuesOf', () => {
  it('resolves literals, constants, enum members and literal types', () => {
    const { results } = runProbe(
      `
import { userAuth } from '@kit.UserAuthenticationKit';
${PROBE}
const LOCKED = 12500009;
const ALIAS = LOCKED;
const FROM_ENUM: number = userAuth.UserAuthResultCode.TIMEOUT;
const Codes = userAuth.UserAuthResultCode;
declare const either: 1 | 2;
declare const code: userAuth.AuthenticationResult;
declare const plain: number;
probe(12500000);
probe(-1);
probe(LOCKED);
probe(ALIAS);
probe(FROM_ENUM);
probe(Codes.PIN_EXPIRED);
probe(userAuth.ResultCode.LOCKED as number);
probe(either);
probe(code);
probe(plain);
      `,
      (kit, argument) => numericValuesOf(kit, argument) ?? null,
    );

    expect(results).toEqual([
      [12500000],
      [-1],
      [12500009],
      [12500009],
      [12500004],
      [12500013],
      [9],
      [1, 2],
      expect.arrayContaining([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 100]),
      null,
    ]);
  });
});

describe('constant references', () => {
  const referencesOf = (code: string): unknown[] =>
    runProbe(code, (kit, argument) => {
      const bindings = findKitBindings(kit);

      return (
        enumReferenceAt(kit, 'UserAuthResultCode', argument, bindings)?.text ??
        null
      );
    }).results;

  it.each([
    [
      "import { userAuth } from '@kit.UserAuthenticationKit';",
      'userAuth.UserAuthResultCode',
    ],
    [
      "import { userAuth as auth } from '@kit.UserAuthenticationKit';",
      'auth.UserAuthResultCode',
    ],
    ["import ua from '@ohos.userIAM.userAuth';", 'ua.UserAuthResultCode'],
    [
      "import { default as ua } from '@ohos.userIAM.userAuth';",
      'ua.UserAuthResultCode',
    ],
    ["import { userAuth } from './local/kit';", 'userAuth.UserAuthResultCode'],
    [
      "import { userAuth } from '@kit.UserAuthenticationKit';\nconst Codes = userAuth.UserAuthResultCode;",
      'Codes',
    ],
    ["import type { userAuth } from '@kit.UserAuthenticationKit';", null],
    ["import * as kit from '@ohos.userIAM.userAuth';", null],
  ])('names the enum through %s', (imports, expected) => {
    expect(referencesOf(`${imports}\n${PROBE}probe(0);`)).toEqual([expected]);
  });

  it('skips a shadowed binding', () => {
    expect(
      referencesOf(`
import { userAuth } from '@kit.UserAuthenticationKit';
${PROBE}
function inner(userAuth: string): void {
  probe(userAuth);
}
probe(0);
      `),
    ).toEqual([null, 'userAuth.UserAuthResultCode']);
  });
});

describe('expectedCodeEnumAt', () => {
  it('reads the enum the surrounding code expects', () => {
    const { results } = runProbe(
      `
import { userAuth } from '@kit.UserAuthenticationKit';
${PROBE}
declare function take(code: userAuth.UserAuthResultCode): void;
declare function takeNumber(code: number): void;
take(userAuth.UserAuthResultCode.LOCKED);
probe(0);
      `,
      kit => {
        const calls = kit.sourceCode.ast.body.flatMap(statement =>
          statement.type === AST_NODE_TYPES.ExpressionStatement &&
          statement.expression.type === AST_NODE_TYPES.CallExpression
            ? [statement.expression]
            : [],
        );

        return calls.map(call =>
          call.arguments[0] === undefined
            ? null
            : (expectedCodeEnumAt(kit, call.arguments[0]) ?? null),
        );
      },
    );

    expect(results).toEqual([['UserAuthResultCode', null]]);
  });
});
