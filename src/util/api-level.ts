import type { TSESLint } from '@typescript-eslint/utils';

import JSON5 from 'json5';
import fs from 'node:fs';
import path from 'node:path';

import { NEWEST_API_LEVEL } from '../catalogue/index.js';

/** The plugin's shared settings: `settings.userauth` in a flat config. */
export interface UserAuthSettings {
  /**
   * The lowest API level the app runs on. Codes and APIs introduced later
   * are left out of every check. A whole number or a DevEco version string
   * such as `"5.0.0(12)"`.
   */
  apiLevel?: number | string;
}

const PROJECT_FILE = 'build-profile.json5';
const OLDEST_API_LEVEL = 6;

/**
 * The API level the rules check against: `settings.userauth.apiLevel`, else
 * the lowest `compatibleSdkVersion` in the nearest `build-profile.json5`
 * that states one, else the newest level the catalogue knows.
 */
export function resolveApiLevel(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): number {
  const settings = context.settings.userauth as UserAuthSettings | undefined;
  const configured = settings?.apiLevel;

  if (configured !== undefined) {
    return parseConfiguredLevel(configured);
  }

  const directory = path.dirname(path.resolve(context.cwd, context.filename));

  return apiLevelFromProjectFiles(directory) ?? NEWEST_API_LEVEL;
}

/**
 * Reads an API level from the forms DevEco writes: `12`, `"12"`,
 * `"5.0.0(12)"`, and `"26.0.0"` for levels that are numbered like
 * releases. Anything else gives undefined.
 */
export function parseApiLevel(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value : undefined;
  }

  if (typeof value !== 'string') {
    return undefined;
  }

  const text = value.trim();
  const inParentheses = /^\d+(?:\.\d+)*\((\d+)\)$/u.exec(text);
  const plain = /^(\d+)(?:\.\d+){0,2}$/u.exec(text);
  const level = inParentheses?.[1] ?? plain?.[1];

  // `"5.0.0"` is a release name, not a level: levels numbered like
  // releases start at 20 (`"26.0.0"`), releases stop below that.
  if (
    level === undefined ||
    (inParentheses === null && text.includes('.') && Number(level) < 20)
  ) {
    return undefined;
  }

  return Number(level);
}

function parseConfiguredLevel(configured: unknown): number {
  const level = parseApiLevel(configured);

  if (level === undefined || level < OLDEST_API_LEVEL) {
    throw new Error(
      `eslint-plugin-userauth: settings.userauth.apiLevel must be a whole ` +
        `number from ${OLDEST_API_LEVEL} (for example 12) or a DevEco ` +
        `version such as "5.0.0(12)"; got ${JSON.stringify(configured)}.`,
    );
  }

  return level;
}

/** Walks up from a directory to the first project file with a level. */
function apiLevelFromProjectFiles(start: string): number | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    const level = apiLevelOfProjectFile(path.join(directory, PROJECT_FILE));

    if (level !== undefined || path.dirname(directory) === directory) {
      return level;
    }
  }
}

/**
 * The lowest `compatibleSdkVersion` of a `build-profile.json5`: the app's
 * own or any product's. Missing, unreadable or malformed files give
 * undefined, so the walk goes on.
 */
function apiLevelOfProjectFile(file: string): number | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const known = stat && readProfiles.get(file);

  if (stat === undefined) {
    return undefined;
  }

  if (known?.mtimeMs === stat.mtimeMs) {
    return known.level;
  }

  const level = readApiLevel(file);

  readProfiles.set(file, { level, mtimeMs: stat.mtimeMs });

  return level;
}

/**
 * Project files already read, by path, with the modification time they
 * had: every linted file of a module asks for the same one, and an edited
 * file is read again.
 */
const readProfiles = new Map<
  string,
  { readonly level: number | undefined; readonly mtimeMs: number }
>();

function readApiLevel(file: string): number | undefined {
  let profile: unknown;

  try {
    profile = JSON5.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }

  const levels = compatibleVersionsOf(profile)
    .map(parseApiLevel)
    .filter(
      (level): level is number =>
        level !== undefined && level >= OLDEST_API_LEVEL,
    );

  return levels.length === 0 ? undefined : Math.min(...levels);
}

function compatibleVersionsOf(profile: unknown): unknown[] {
  const app = propertyOf(profile, 'app');
  const products = propertyOf(app, 'products');
  const versions = [propertyOf(app, 'compatibleSdkVersion')];

  if (Array.isArray(products)) {
    for (const product of products) {
      versions.push(propertyOf(product, 'compatibleSdkVersion'));
    }
  }

  return versions.filter(version => version !== undefined);
}

function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
