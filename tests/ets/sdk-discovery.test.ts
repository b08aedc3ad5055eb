// Where the ArkTS parser takes its SDK from, in the documented order:
// parserOptions.ets.sdkPath, OHOS_SDK_HOME, DEVECO_SDK_HOME, then sdk.dir in
// the nearest local.properties; else the embedded default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { resolveSdk } from '../../src/parser/ets/sdk.js';
import { FIXTURES_DIR } from '../rule-tester.js';

/** A folder laid out like an installed SDK (`ets/api`, `ets/component`). */
const INSTALLED_SDK = path.join(FIXTURES_DIR, 'ets-sdk-without-kit');
const INSTALLED_ETS = path.join(INSTALLED_SDK, 'ets');

const VARIABLES = ['OHOS_SDK_HOME', 'DEVECO_SDK_HOME'] as const;

describe('resolveSdk', () => {
  let project: string;

  beforeEach(() => {
    // An empty value counts as unset, as it does in a shell.
    for (const name of VARIABLES) {
      vi.stubEnv(name, '');
    }

    project = fs.mkdtempSync(path.join(os.tmpdir(), 'userauth-sdk-'));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(project, { recursive: true, force: true });
  });

  it('serves the embedded default when nothing names an SDK', () => {
    expect(resolveSdk({}, project).kind).toBe('embedded');
  });

  it('takes OHOS_SDK_HOME', () => {
    vi.stubEnv('OHOS_SDK_HOME', INSTALLED_SDK);

    expect(resolveSdk({}, project)).toMatchObject({
      kind: 'sdk',
      directory: INSTALLED_ETS,
    });
  });

  it('takes DEVECO_SDK_HOME when OHOS_SDK_HOME is unset', () => {
    vi.stubEnv('DEVECO_SDK_HOME', INSTALLED_SDK);

    expect(resolveSdk({}, project).directory).toBe(INSTALLED_ETS);
  });

  it('takes sdk.dir from the nearest local.properties, escapes read', () => {
    const module = path.join(project, 'entry', 'src');
    const escaped = INSTALLED_SDK.replaceAll(':', '\\:');

    fs.mkdirSync(module, { recursive: true });
    fs.writeFileSync(
      path.join(project, 'local.properties'),
      `# Written by DevEco Studio\nsdk.dir=${escaped}\n`,
    );

    expect(resolveSdk({}, module).directory).toBe(INSTALLED_ETS);
  });

  it('prefers parserOptions over the environment', () => {
    vi.stubEnv('OHOS_SDK_HOME', path.join(project, 'no-sdk-here'));

    expect(resolveSdk({ sdkPath: INSTALLED_SDK }, project).directory).toBe(
      INSTALLED_ETS,
    );
  });

  it('skips a named folder that holds no SDK', () => {
    vi.stubEnv('OHOS_SDK_HOME', path.join(project, 'no-sdk-here'));

    expect(resolveSdk({}, project).kind).toBe('embedded');
  });
});
