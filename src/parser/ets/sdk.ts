import type * as ts from 'ohos-typescript';

import JSON5 from 'json5';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ohos } from './ohos.js';

/** Where the type declarations of a program come from. */
export interface SdkSetup {
  /** Identifies the setup in the program cache. */
  readonly key: string;
  /** `embedded` when no SDK was found and the plugin's own serve. */
  readonly kind: 'embedded' | 'sdk';
  /** The folder the declarations were taken from. */
  readonly directory: string;
  /** Declaration files every program includes (the ArkUI components). */
  readonly rootFiles: readonly string[];
  /** Compiler options, with the `ets` block and module `paths`. */
  readonly options: ts.CompilerOptions;
}

/** The `ets` options of the parser that a user can set. */
export interface EtsParserOptions {
  /** The OpenHarmony or HarmonyOS SDK folder. */
  readonly sdkPath?: string;
  /** The module whose `.ets`/`.ts` files form the program. */
  readonly projectRoot?: string;
}

type EtsBlock = NonNullable<ts.CompilerOptions['ets']>;

/** Options every program shares, before the SDK adds its own. */
function baseOptions(): ts.CompilerOptions {
  return {
    target: ohos.ScriptTarget.ES2021,
    module: ohos.ModuleKind.ESNext,
    moduleResolution: ohos.ModuleResolutionKind.NodeJs,
    // ArkTS code runs without a DOM; the DOM's `Text`, `Image` or `Event`
    // would clash with the ArkUI declarations.
    lib: ['lib.es2021.d.ts'],
    types: [],
    strict: true,
    experimentalDecorators: true,
    // `@interface` annotation declarations (API 20); without the option
    // they are a parse error.
    etsAnnotationsEnable: true,
    skipLibCheck: true,
    noEmit: true,
    allowJs: false,
  };
}

const setups = new Map<string, SdkSetup>();

/**
 * Finds the SDK for a file: `parserOptions.ets.sdkPath`, then the
 * `OHOS_SDK_HOME` and `DEVECO_SDK_HOME` environment variables, then
 * `sdk.dir` in the nearest `local.properties`; else the embedded default.
 */
export function resolveSdk(
  options: EtsParserOptions,
  searchFrom: string,
): SdkSetup {
  const candidates = [
    options.sdkPath,
    process.env.OHOS_SDK_HOME,
    process.env.DEVECO_SDK_HOME,
    sdkDirFromLocalProperties(searchFrom),
  ];

  for (const candidate of candidates) {
    if (candidate === undefined || candidate === '') {
      continue;
    }

    const etsDir = findEtsDirectory(path.resolve(candidate));

    if (etsDir !== undefined) {
      return cached(`sdk:${etsDir}`, () => installedSdk(etsDir));
    }
  }

  return cached('embedded', embeddedSdk);
}

function cached(key: string, create: () => SdkSetup): SdkSetup {
  let setup = setups.get(key);

  if (setup === undefined) {
    setup = create();
    setups.set(key, setup);
  }

  return setup;
}

/** `sdk.dir` from the nearest `local.properties`, as DevEco writes it. */
function sdkDirFromLocalProperties(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'local.properties');

    if (fs.existsSync(file)) {
      const line = /^\s*sdk\.dir\s*=\s*(.+?)\s*$/mu.exec(
        fs.readFileSync(file, 'utf8'),
      );
      // Java properties escape `\` and `:` (`C\:\\Users\\…`).
      const value = line?.[1]?.replace(/\\(.)/gu, '$1');

      if (value !== undefined) {
        return path.resolve(dir, value);
      }
    }

    if (path.dirname(dir) === dir) {
      return undefined;
    }
  }
}

/**
 * The `ets` folder of an SDK (the one holding `api/`, `component/` and
 * `build-tools/`), in the layouts of the command-line tools and of DevEco
 * Studio (`default/openharmony/ets`, or one folder per API level).
 */
function findEtsDirectory(root: string): string | undefined {
  const looksRight = (dir: string): boolean =>
    fs.existsSync(path.join(dir, 'api')) &&
    (fs.existsSync(path.join(dir, 'component')) ||
      fs.existsSync(path.join(dir, 'build-tools')));
  const direct = [
    root,
    path.join(root, 'ets'),
    path.join(root, 'openharmony', 'ets'),
    path.join(root, 'default', 'openharmony', 'ets'),
  ];
  const found = direct.find(looksRight);

  if (found !== undefined) {
    return found;
  }

  // One folder per API level (`sdk/12/ets`): take the newest.
  const levels = safeReadDir(root)
    .filter(name => /^\d+$/u.test(name))
    .sort((a, b) => Number(b) - Number(a));

  return levels.map(level => path.join(root, level, 'ets')).find(looksRight);
}

function safeReadDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function declarationFiles(dir: string): string[] {
  return safeReadDir(dir)
    .filter(name => name.endsWith('.d.ts') || name.endsWith('.d.ets'))
    .sort()
    .map(name => path.join(dir, name));
}

/** An installed SDK: its components, its `ets` block, its module paths. */
function installedSdk(etsDir: string): SdkSetup {
  const loaderDir = path.join(etsDir, 'build-tools', 'ets-loader');
  const componentFiles = declarationFiles(path.join(etsDir, 'component'));
  const rootFiles =
    componentFiles.length > 0
      ? componentFiles
      : declarationFiles(path.join(loaderDir, 'declarations'));
  const ets =
    etsBlockOf(path.join(loaderDir, 'tsconfig.json')) ??
    etsBlockFromComponents(rootFiles);
  const searchDirs = ['api', 'kits', 'arkts'].map(name => `./${name}/*`);
  // HarmonyOS SDKs keep the HMS kits next to the OpenHarmony ones.
  const hmsDir = path.join(etsDir, '..', '..', 'hms', 'ets');

  if (fs.existsSync(hmsDir)) {
    searchDirs.push(
      ...['api', 'kits'].map(name => path.join(hmsDir, name, '*')),
    );
  }

  return {
    key: `sdk:${etsDir}`,
    kind: 'sdk',
    directory: etsDir,
    rootFiles,
    options: {
      ...baseOptions(),
      baseUrl: etsDir,
      paths: { '*': searchDirs },
      ets,
    },
  };
}

/** The `ets` block of an ets-loader `tsconfig.json`, if it has one. */
function etsBlockOf(file: string): EtsBlock | undefined {
  try {
    const config = JSON5.parse<{
      compilerOptions?: { ets?: EtsBlock };
    }>(fs.readFileSync(file, 'utf8'));

    return config.compilerOptions?.ets;
  } catch {
    return undefined;
  }
}

/**
 * An `ets` block for an SDK without ets-loader: the components are the
 * names declared with an instance (`declare const TextInstance:
 * TextAttribute`), the rest is the embedded default's.
 */
function etsBlockFromComponents(files: readonly string[]): EtsBlock {
  const base = embeddedEtsBlock();
  const components: EtsBlock['extend']['components'] = [];

  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');

    for (const match of text.matchAll(
      /declare const (\w+)Instance\s*:\s*(\w+)\s*;/gu,
    )) {
      const [, name = '', type = ''] = match;

      if (name !== 'Common') {
        components.push({ name, type, instance: `${name}Instance` });
      }
    }
  }

  return {
    ...base,
    components: components.map(component => component.name),
    extend: { ...base.extend, components },
  };
}

/** The plugin's own `sdk/` folder, found from this file's location. */
function packageSdkDirectory(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));

  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = path.join(dir, 'sdk');

    if (fs.existsSync(path.join(candidate, 'component', 'ets-loader.json'))) {
      return candidate;
    }

    dir = path.dirname(dir);
  }

  throw new Error('eslint-plugin-userauth: its sdk/ folder is missing.');
}

function embeddedEtsBlock(): EtsBlock {
  const block = etsBlockOf(
    path.join(packageSdkDirectory(), 'component', 'ets-loader.json'),
  );

  if (block === undefined) {
    throw new Error('eslint-plugin-userauth: sdk/component is unreadable.');
  }

  return block;
}

/**
 * The embedded default: the plugin's declarations of the kit (`sdk/api`,
 * `sdk/kits`) and of the common ArkUI components (`sdk/component`).
 */
function embeddedSdk(): SdkSetup {
  const dir = packageSdkDirectory();

  return {
    key: 'embedded',
    kind: 'embedded',
    directory: dir,
    rootFiles: declarationFiles(path.join(dir, 'component')),
    options: {
      ...baseOptions(),
      baseUrl: dir,
      paths: {
        '@ohos.*': ['./api/@ohos.*'],
        '@kit.*': ['./kits/@kit.*'],
      },
      ets: embeddedEtsBlock(),
    },
  };
}
