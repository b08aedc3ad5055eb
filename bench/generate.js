// Writes a synthetic OpenHarmony-style app for the benchmark: ordinary
// models, utilities, services and pages, and a small share of files that
// use userAuth with every handler shape the rules know. The output depends
// only on the options, so runs on different days lint the same code.
//
//   node bench/generate.js [--files 1000] [--share 0.05] [--out DIR]
//                          [--seed 7] [--ets]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const REPO_DIR = path.resolve(import.meta.dirname, '..');
const SDK_DIR = path.join(REPO_DIR, 'sdk');

/** Where corpora go by default; the folder is ignored by git. */
export const CORPUS_ROOT = path.join(import.meta.dirname, '.corpus');

/** Lines a generated file aims for. */
const TARGET_LINES = 150;

/**
 * A small seeded generator (mulberry32): the same seed gives the same
 * corpus on every machine.
 */
function createRandom(seed) {
  let state = seed >>> 0;

  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: items => items[Math.floor(next() * items.length)],
  };
}

const WORDS = [
  'account',
  'album',
  'basket',
  'calendar',
  'contact',
  'coupon',
  'device',
  'draft',
  'folder',
  'invoice',
  'message',
  'note',
  'order',
  'photo',
  'profile',
  'receipt',
  'reminder',
  'ticket',
  'upload',
  'wallet',
];

function capitalised(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------
// Ordinary code. Numbers such as 401, 0, 12500 and 12500009 appear on
// purpose: none of them is a result code here, and nothing may report them.

const ORDINARY_BLOCKS = [
  // A numeric union and a switch over it, for the peer rule.
  (s, random) => {
    const withDefault = random.next() < 0.5;
    return `export type HttpStatus${s} = 200 | 401 | 403 | 404 | 429 | 500;

export function statusText${s}(status: HttpStatus${s}): string {
  switch (status) {
    case 200:
      return 'OK';
    case 401:
      return 'Sign in again';
    case 403:
      return 'Not allowed';
    case 404:
      return 'Not found';
${
  withDefault
    ? `    default:
      return 'Try again later';`
    : `    case 429:
      return 'Slow down';
    case 500:
      return 'Server error';`
}
  }
}
`;
  },
  // An enum and a switch that forgets a member.
  s => `export enum SyncState${s} {
  Idle,
  Running,
  Paused,
  Failed,
}

export function syncLabel${s}(state: SyncState${s}): string {
  let label = '';
  switch (state) {
    case SyncState${s}.Idle:
      label = 'Up to date';
      break;
    case SyncState${s}.Running:
      label = 'Syncing';
      break;
    case SyncState${s}.Failed:
      label = 'Sync failed';
      break;
  }
  return label;
}
`,
  // A model class with methods and parameters.
  (s, random) => {
    const word = random.pick(WORDS);
    const type = `${capitalised(word)}${s}`;
    return `export interface ${type}Data {
  id: number;
  title: string;
  sizeInBytes: number;
  updatedAt: number;
  tags: string[];
}

export class ${type} {
  private readonly data: ${type}Data;

  constructor(data: ${type}Data) {
    this.data = data;
  }

  get id(): number {
    return this.data.id;
  }

  isLarge(limit = 12500000): boolean {
    return this.data.sizeInBytes > limit;
  }

  hasTag(tag: string): boolean {
    return this.data.tags.includes(tag);
  }

  ageInDays(now: number): number {
    return Math.floor((now - this.data.updatedAt) / 86400000);
  }

  withTitle(title: string): ${type} {
    return new ${type}({ ...this.data, title });
  }
}
`;
  },
  // A catch that tests a numeric code of another library.
  s => `export interface HttpError${s} {
  code: number;
  message: string;
}

export function loadSettings${s}(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    const code = (err as HttpError${s}).code;
    if (code === 401 || code === 12500009) {
      return { signedOut: true };
    }
    if (code === 0) {
      return {};
    }
    return { broken: true };
  }
}
`,
  // Lists, sets and maps of numbers that look like codes.
  s => `const RETRY_STATUSES${s} = [408, 429, 503];
const SILENT_STATUSES${s} = new Set([0, 204, 12500]);
const STATUS_MESSAGES${s} = new Map<number, string>([
  [401, 'Please sign in.'],
  [12500009, 'Quota exceeded.'],
]);

export function shouldRetry${s}(status: number, attempt: number): boolean {
  return RETRY_STATUSES${s}.includes(status) && attempt < 5;
}

export function messageFor${s}(status: number): string | undefined {
  if (SILENT_STATUSES${s}.has(status)) {
    return undefined;
  }
  return STATUS_MESSAGES${s}.get(status) ?? \`Error \${status}\`;
}

export function retryDelay${s}(attempt: number): number {
  return 12500 * 2 ** Math.min(attempt, 4);
}
`,
  // A callback object named like the kit's, on an unrelated API.
  s => `export interface Upload${s}Callback {
  onResult(code: number, info: { bytes: number }): void;
}

export function upload${s}(
  bytes: Uint8Array,
  send: (bytes: Uint8Array, callback: Upload${s}Callback) => void,
  done: (ok: boolean) => void,
): void {
  send(bytes, {
    onResult(code, info) {
      if (code === 0 && info.bytes === bytes.length) {
        done(true);
      } else if (code === 401) {
        done(false);
      } else {
        done(false);
      }
    },
  });
}
`,
  // Promises, awaits and a catch handler.
  s => `export async function fetchCount${s}(
  load: () => Promise<number[]>,
): Promise<number> {
  try {
    const values = await load();
    return values.filter(value => value > 0).length;
  } catch {
    return 0;
  }
}

export function countLater${s}(
  load: () => Promise<number[]>,
  report: (count: number) => void,
): void {
  load()
    .then(values => report(values.length))
    .catch((err: unknown) => {
      report(err instanceof Error ? -1 : 0);
    });
}
`,
  // Plain arithmetic and string helpers.
  (s, random) => {
    const factor = random.int(2, 97);
    return `export function checksum${s}(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    total = (total * ${factor} + value) % 1000003;
  }
  return total;
}

export function formatSize${s}(bytes: number): string {
  if (bytes < 1024) {
    return \`\${bytes} B\`;
  }
  if (bytes < 1048576) {
    return \`\${(bytes / 1024).toFixed(1)} KB\`;
  }
  return \`\${(bytes / 1048576).toFixed(1)} MB\`;
}

export const clamp${s} = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));
`;
  },
];

// ---------------------------------------------------------------------------
// userAuth code: every shape the rules look at, correct and mistaken.

const ON_RESULT_SWITCH = s => `export function signIn${s}(
  challenge: Uint8Array,
  done: (ok: boolean, message?: string) => void,
): void {
  try {
    const instance = userAuth.getUserAuthInstance(
      {
        challenge,
        authType: [userAuth.UserAuthType.FACE],
        authTrustLevel: userAuth.AuthTrustLevel.ATL3,
      },
      { title: 'Sign in' },
    );
    instance.on('result', {
      onResult(result: userAuth.UserAuthResult): void {
        switch (result.result) {
          case userAuth.UserAuthResultCode.SUCCESS:
            done(true);
            break;
          case userAuth.UserAuthResultCode.LOCKED:
            done(false, 'Too many attempts. Try again later.');
            break;
          case userAuth.UserAuthResultCode.TIMEOUT:
            done(false, 'Timed out. Try again.');
            break;
          case userAuth.UserAuthResultCode.PIN_EXPIRED:
            done(false, 'Your PIN has expired.');
            break;
          default:
            done(false);
        }
      },
    });
    instance.start();
  } catch (err) {
    const code = (err as BusinessError).code;
    if (code === userAuth.UserAuthResultCode.NOT_ENROLLED) {
      done(false, 'Set up face unlock first.');
    } else {
      done(false);
    }
  }
}
`;

// An if chain that misses the expired PIN, with a magic success code.
const ON_RESULT_IF = s => `export function unlock${s}(
  challenge: Uint8Array,
  done: (ok: boolean, message?: string) => void,
): void {
  const Codes = userAuth.UserAuthResultCode;
  try {
    const instance = userAuth.getUserAuthInstance(
      {
        challenge,
        authType: [userAuth.UserAuthType.PIN],
        authTrustLevel: userAuth.AuthTrustLevel.ATL2,
      },
      { title: 'Unlock' },
    );
    instance.on('result', {
      onResult: result => {
        if (result.result === 12500000) {
          done(true);
        } else if (result.result === Codes.LOCKED) {
          done(false, 'Locked. Try again later.');
        } else if (result.result === Codes.TIMEOUT) {
          done(false, 'Timed out.');
        } else {
          done(false);
        }
      },
    });
    instance.start();
  } catch {
    done(false);
  }
}
`;

// Tests through a list, a set and a map, in a helper the callback calls.
const COLLECTION_HELPER = s => `const RETRYABLE${s}: number[] = [
  userAuth.UserAuthResultCode.TIMEOUT,
  userAuth.UserAuthResultCode.BUSY,
];
const BLOCKING${s} = new Set<number>([userAuth.UserAuthResultCode.LOCKED]);
const MESSAGES${s} = new Map<number, string>([
  [userAuth.UserAuthResultCode.PIN_EXPIRED, 'Update your lock screen PIN.'],
]);

export function explain${s}(result: userAuth.UserAuthResult): string {
  if (RETRYABLE${s}.includes(result.result)) {
    return 'Try again.';
  }
  if (BLOCKING${s}.has(result.result)) {
    return 'Locked for now.';
  }
  return MESSAGES${s}.get(result.result) ?? 'Not confirmed.';
}

export function confirm${s}(
  challenge: Uint8Array,
  show: (message: string) => void,
): void {
  try {
    const instance = userAuth.getUserAuthInstance(
      {
        challenge,
        authType: [userAuth.UserAuthType.FINGERPRINT],
        authTrustLevel: userAuth.AuthTrustLevel.ATL3,
      },
      { title: 'Confirm', navigationButtonText: 'Use password' },
    );
    instance.on('result', { onResult: result => show(explain${s}(result)) });
    instance.start();
  } catch {
    show('Not available.');
  }
}
`;

// A destructuring helper and a method that forwards to it.
const DESTRUCTURING_HELPER = s => `export class AuthFlow${s} {
  private outcome = '';

  onResult(result: userAuth.UserAuthResult): void {
    this.route(result);
  }

  private route({ result }: userAuth.UserAuthResult): void {
    if (result === userAuth.UserAuthResultCode.SUCCESS) {
      this.outcome = 'ok';
    } else if (result === userAuth.UserAuthResultCode.LOCKED) {
      this.outcome = 'locked';
    } else {
      this.outcome = 'failed';
    }
  }

  get lastOutcome(): string {
    return this.outcome;
  }
}
`;

// Catches around the status queries, one complete, one short, one missing.
const STATUS_QUERIES = s => `export function faceAvailable${s}(): string {
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FACE,
      userAuth.AuthTrustLevel.ATL3,
    );
    return 'available';
  } catch (err) {
    switch ((err as BusinessError).code) {
      case userAuth.UserAuthResultCode.NOT_ENROLLED:
        return 'add a face';
      case userAuth.UserAuthResultCode.PIN_EXPIRED:
        return 'update your PIN';
      default:
        return 'unavailable';
    }
  }
}

export function fingerprintAvailable${s}(): boolean {
  try {
    userAuth.getAvailableStatus(
      userAuth.UserAuthType.FINGERPRINT,
      userAuth.AuthTrustLevel.ATL3,
    );
    return true;
  } catch (err) {
    return (err as BusinessError).code === 12500010;
  }
}

export function enrolledFaces${s}(): number {
  return userAuth.getEnrolledState(userAuth.UserAuthType.FACE).credentialCount;
}

export function facesChanged${s}(saved: number): boolean {
  try {
    const state = userAuth.getEnrolledState(userAuth.UserAuthType.FACE);
    return state.credentialDigest !== saved;
  } catch (err) {
    const code = (err as BusinessError).code;
    return [userAuth.UserAuthResultCode.NOT_ENROLLED].includes(code);
  }
}
`;

// The lock state promise, awaited and chained.
const LOCK_STATE =
  s => `export async function isLocked${s}(): Promise<boolean> {
  try {
    const state = await userAuth.getAuthLockState(userAuth.UserAuthType.PIN);
    return state.isLocked;
  } catch (err) {
    return (err as BusinessError).code === userAuth.UserAuthResultCode.LOCKED;
  }
}

export function watchLock${s}(update: (locked: boolean) => void): void {
  userAuth
    .getAuthLockState(userAuth.UserAuthType.FACE)
    .then(state => update(state.isLocked))
    .catch((err: BusinessError) => {
      update(err.code === userAuth.UserAuthResultCode.LOCKED);
    });
}
`;

// The API 9 instance, compared with the API 8 numbering by mistake.
const DEPRECATED_INSTANCE = s => `export function legacyCheck${s}(
  challenge: Uint8Array,
  done: (ok: boolean) => void,
): void {
  try {
    const instance = userAuth.getAuthInstance(
      challenge,
      userAuth.UserAuthType.FINGERPRINT,
      userAuth.AuthTrustLevel.ATL1,
    );
    instance.on('result', {
      callback(info: userAuth.EventInfo): void {
        if (!('result' in info)) {
          return;
        }
        if (info.result === userAuth.ResultCode.SUCCESS) {
          done(true);
        } else if (info.result === userAuth.UserAuthResultCode.LOCKED) {
          done(false);
        } else {
          done(false);
        }
      },
    });
    instance.start();
  } catch {
    done(false);
  }
}
`;

// start() before on(), in a widget with a navigation button.
const START_BEFORE_ON = s => `export function reveal${s}(
  challenge: Uint8Array,
  show: (visible: boolean) => void,
): void {
  try {
    const instance = userAuth.getUserAuthInstance(
      {
        challenge,
        authType: [userAuth.UserAuthType.PIN],
        authTrustLevel: userAuth.AuthTrustLevel.ATL3,
      },
      { title: 'Show passwords', navigationButtonText: 'Cancel' },
    );
    instance.start();
    instance.on('result', {
      onResult(result) {
        show(result.result === userAuth.UserAuthResultCode.SUCCESS);
      },
    });
  } catch {
    show(false);
  }
}
`;

// The API 8 class and its callback.
const API8_CLASS = s => `export function legacyFace${s}(
  challenge: Uint8Array,
  done: (ok: boolean) => void,
): Uint8Array {
  const legacy = new userAuth.UserAuth();
  return legacy.auth(
    challenge,
    userAuth.UserAuthType.FACE,
    userAuth.AuthTrustLevel.ATL1,
    {
      onResult: (result, extraInfo) => {
        if (result === userAuth.ResultCode.SUCCESS) {
          done(true);
        } else if (result === userAuth.ResultCode.LOCKED) {
          done((extraInfo.freezingTime ?? 0) > 0);
        } else {
          done(false);
        }
      },
    },
  );
}
`;

const AUTH_SHAPES = [
  ON_RESULT_SWITCH,
  ON_RESULT_IF,
  COLLECTION_HELPER,
  DESTRUCTURING_HELPER,
  STATUS_QUERIES,
  LOCK_STATE,
  DEPRECATED_INSTANCE,
  START_BEFORE_ON,
  API8_CLASS,
];

/** How an auth file imports the kit, in turn. */
const KIT_IMPORTS = [
  "import { BusinessError } from '@kit.BasicServicesKit';\nimport { userAuth } from '@kit.UserAuthenticationKit';\n",
  "import { BusinessError } from '@ohos.base';\nimport userAuth from '@ohos.userIAM.userAuth';\n",
];

// ---------------------------------------------------------------------------
// The project.

/** The role of each file, with auth files spread evenly through it. */
function planFiles(files, share) {
  const authCount = Math.max(share > 0 ? 1 : 0, Math.round(files * share));
  const isAuth = new Array(files).fill(false);

  for (let k = 0; k < authCount; k += 1) {
    isAuth[Math.floor(((k + 0.5) * files) / authCount)] = true;
  }

  const plan = [];
  let ordinary = 0;

  for (let index = 0; index < files; index += 1) {
    if (isAuth[index]) {
      plan.push({ index, kind: 'auth', dir: 'auth' });
      continue;
    }
    const kind = ['model', 'util', 'service', 'model', 'util', 'page'][
      ordinary % 6
    ];
    ordinary += 1;
    plan.push({ index, kind, dir: `${kind}s` });
  }

  return plan;
}

function moduleName(entry) {
  return `${entry.kind}${String(entry.index).padStart(5, '0')}`;
}

function importPath(from, to) {
  const relative = path.posix.relative(from.dir, `${to.dir}/${moduleName(to)}`);

  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * Every ordinary file exports `helperN`, so importers have something
 * real to call; pages are never imported, so only the pages that import
 * an auth file (and the auth files) can reach the kit.
 */
function helperExport(index) {
  return `export function helper${index}(value: number): number {
  return value * ${(index % 7) + 2} + ${index % 13};
}
`;
}

function importsOf(entry, plan, random, authFiles) {
  const candidates = plan.filter(
    other =>
      other.index < entry.index &&
      other.kind !== 'page' &&
      other.kind !== 'auth',
  );
  const wanted = entry.kind === 'model' ? random.int(0, 1) : random.int(1, 3);
  const chosen = new Set();

  for (let k = 0; k < wanted && candidates.length > 0; k += 1) {
    // Mostly recent neighbours, sometimes anything earlier.
    const window = Math.min(candidates.length, 40);
    const pool = random.next() < 0.7 ? candidates.slice(-window) : candidates;
    chosen.add(random.pick(pool));
  }

  const imported = [...chosen];

  // One page per auth file imports it: a file that reaches the kit
  // without calling it.
  if (entry.kind === 'page' && authFiles.length > 0) {
    const pageNumber = plan
      .filter(other => other.kind === 'page')
      .findIndex(other => other.index === entry.index);
    const auth = authFiles[pageNumber];
    if (auth !== undefined) {
      imported.push(auth);
    }
  }

  return imported;
}

function fileText(entry, plan, random, authFiles) {
  const imports = importsOf(entry, plan, random, authFiles);
  const parts = [
    `// Generated by bench/generate.js: ${entry.kind} ${entry.index}.\n`,
  ];

  if (entry.kind === 'auth') {
    parts.push(KIT_IMPORTS[entry.index % KIT_IMPORTS.length]);
  }

  for (const other of imports) {
    const names =
      other.kind === 'auth'
        ? `* as ${moduleName(other)}`
        : `{ helper${other.index} }`;
    parts.push(`import ${names} from '${importPath(entry, other)}';\n`);
  }

  parts.push('\n');

  if (entry.kind !== 'auth' && entry.kind !== 'page') {
    parts.push(helperExport(entry.index), '\n');
  }

  const uses = imports
    .filter(other => other.kind !== 'auth')
    .map(other => `helper${other.index}(input)`);
  const touches = imports
    .filter(other => other.kind === 'auth')
    .map(other => `Object.keys(${moduleName(other)}).length`);
  parts.push(`export function combine${entry.index}(input: number): number {
  return ${[...uses, ...touches, 'input'].join(' + ')};
}
`);

  let lines = parts.join('').split('\n').length;
  let block = 0;

  if (entry.kind === 'auth') {
    const authNumber = authFiles.indexOf(entry);
    for (let k = 0; k < 3; k += 1) {
      const shape = AUTH_SHAPES[(authNumber * 3 + k) % AUTH_SHAPES.length];
      const text = shape(`${entry.index}x${block}`);
      parts.push('\n', text);
      lines += text.split('\n').length;
      block += 1;
    }
  }

  while (lines < TARGET_LINES - 10) {
    const make = random.pick(ORDINARY_BLOCKS);
    const text = make(`${entry.index}x${block}`, random);
    parts.push('\n', text);
    lines += text.split('\n').length;
    block += 1;
  }

  return parts.join('');
}

function tsconfigText(outDir) {
  const sdk = path.relative(outDir, SDK_DIR).split(path.sep).join('/');

  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'es2022',
        lib: ['es2022'],
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        types: [],
        paths: {
          '@ohos.*': [`${sdk}/api/@ohos.*`],
          '@kit.*': [`${sdk}/kits/@kit.*`],
        },
      },
      include: ['src/**/*.ts'],
    },
    null,
    2,
  )}\n`;
}

const BUILD_PROFILE = `{
  app: {
    products: [{ name: 'default', compatibleSdkVersion: '5.0.0(12)' }],
  },
  modules: [{ name: 'entry', srcPath: './src' }],
}
`;

const OH_PACKAGE = `{
  name: 'bench-app',
  version: '1.0.0',
  dependencies: {},
}
`;

/**
 * Writes the corpus and returns what it holds. With `ets`, the same files
 * are written a second time as `.ets` into `<out>-ets`.
 */
export function generate({
  files = 1000,
  share = 0.05,
  out = path.join(CORPUS_ROOT, `files-${files}`),
  seed = 7,
  ets = false,
} = {}) {
  const random = createRandom(seed);
  const plan = planFiles(files, share);
  const authFiles = plan.filter(entry => entry.kind === 'auth');
  const texts = plan.map(entry => ({
    entry,
    text: fileText(entry, plan, random, authFiles),
  }));
  const targets = [{ dir: out, extension: '.ts' }];

  if (ets) {
    targets.push({ dir: `${out}-ets`, extension: '.ets' });
  }

  let lines = 0;

  for (const { dir, extension } of targets) {
    fs.rmSync(dir, { force: true, recursive: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), tsconfigText(dir));
    fs.writeFileSync(path.join(dir, 'build-profile.json5'), BUILD_PROFILE);
    fs.writeFileSync(path.join(dir, 'oh-package.json5'), OH_PACKAGE);
    lines = 0;

    for (const { entry, text } of texts) {
      const file = path.join(dir, 'src', entry.dir, moduleName(entry));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(`${file}${extension}`, text);
      lines += text.split('\n').length - 1;
    }
  }

  return {
    authFiles: authFiles.length,
    dir: out,
    etsDir: ets ? `${out}-ets` : undefined,
    files,
    lines,
    reachingFiles:
      authFiles.length +
      Math.min(
        authFiles.length,
        plan.filter(entry => entry.kind === 'page').length,
      ),
  };
}

/** Reads the command line with Node's own parser; unknown flags throw. */
function parseArguments(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ets: { type: 'boolean' },
      files: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      share: { type: 'string' },
    },
  });

  return {
    ...(values.ets === undefined ? {} : { ets: values.ets }),
    ...(values.files === undefined ? {} : { files: Number(values.files) }),
    ...(values.out === undefined ? {} : { out: path.resolve(values.out) }),
    ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
    ...(values.share === undefined ? {} : { share: Number(values.share) }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const summary = generate(parseArguments(process.argv.slice(2)));

  process.stdout.write(
    `Wrote ${summary.files} files (${summary.lines} lines, ` +
      `${summary.authFiles} calling userAuth, ${summary.reachingFiles} ` +
      `reaching it) to ${summary.dir}` +
      `${summary.etsDir ? ` and ${summary.etsDir}` : ''}\n`,
  );
}
