import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { NEWEST_API_LEVEL } from '../src/catalogue/index.js';
import { parseApiLevel, resolveApiLevel } from '../src/util/api-level.js';

/** The fixture projects, each with its own `build-profile.json5`. */
const PROJECTS = path.join(import.meta.dirname, 'fixtures', 'api-level');

type RuleContext = Parameters<typeof resolveApiLevel>[0];

/**
 * The parts of a rule context that `resolveApiLevel` reads. The file need
 * not exist: only its directory matters.
 */
function contextFor(
  file: string,
  settings: Record<string, unknown> = {},
  cwd: string = PROJECTS,
): RuleContext {
  return { settings, cwd, filename: file } as unknown as RuleContext;
}

/** A source file deep inside a fixture project. */
function sourceIn(project: string): string {
  return path.join(PROJECTS, project, 'entry/src/main/ets/pages/Index.ets');
}

describe('parseApiLevel', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['5.0.0(12)', 12],
    ['4.1.0(11)', 11],
    ['26.0.0', 26],
    [' 12 ', 12],
    [' 5.0.0(12) ', 12],
  ] as const)('reads %j as %i', (input, level) => {
    expect(parseApiLevel(input)).toBe(level);
  });

  it.each([
    ['5.0.0'],
    [12.5],
    ['abc'],
    [''],
    ['5.0.0(12'],
    [Number.NaN],
    [null],
    [undefined],
    [{}],
    [[12]],
  ])('gives undefined for %j', input => {
    expect(parseApiLevel(input)).toBeUndefined();
  });
});

describe('resolveApiLevel', () => {
  describe('with settings.userauth.apiLevel', () => {
    it('takes a number over the project file', () => {
      expect(
        resolveApiLevel(
          contextFor(sourceIn('app-level'), { userauth: { apiLevel: 12 } }),
        ),
      ).toBe(12);
    });

    it('takes a DevEco version string over the project file', () => {
      expect(
        resolveApiLevel(
          contextFor(sourceIn('app-products'), {
            userauth: { apiLevel: '5.0.0(12)' },
          }),
        ),
      ).toBe(12);
    });

    it('takes a release-numbered level', () => {
      expect(
        resolveApiLevel(
          contextFor(sourceIn('no-level'), {
            userauth: { apiLevel: '26.0.0' },
          }),
        ),
      ).toBe(26);
    });

    it.each(['twelve', 3, '5.0.0', 12.5, null])(
      'rejects %j with an error naming the setting',
      apiLevel => {
        const context = contextFor(sourceIn('app-level'), {
          userauth: { apiLevel },
        });

        expect(() => resolveApiLevel(context)).toThrow(Error);
        expect(() => resolveApiLevel(context)).toThrow(
          /settings\.userauth\.apiLevel/u,
        );
      },
    );

    it('falls back to the project file when userauth has no apiLevel', () => {
      expect(
        resolveApiLevel(contextFor(sourceIn('app-level'), { userauth: {} })),
      ).toBe(10);
    });
  });

  describe('from build-profile.json5', () => {
    it('takes the lowest level of the products', () => {
      expect(resolveApiLevel(contextFor(sourceIn('app-products')))).toBe(11);
    });

    it("reads the app's own compatibleSdkVersion", () => {
      expect(resolveApiLevel(contextFor(sourceIn('app-level')))).toBe(10);
    });

    it('reads the profile next to the file', () => {
      expect(
        resolveApiLevel(
          contextFor(path.join(PROJECTS, 'app-level', 'Index.ets')),
        ),
      ).toBe(10);
    });

    it("walks past a module's profile that states no level", () => {
      expect(
        fs.existsSync(
          path.join(PROJECTS, 'nested', 'entry', 'build-profile.json5'),
        ),
      ).toBe(true);
      expect(resolveApiLevel(contextFor(sourceIn('nested')))).toBe(12);
    });

    it('walks past a malformed profile to a valid one above', () => {
      expect(
        resolveApiLevel(
          contextFor(path.join(PROJECTS, 'nested/broken-module/src/a.ets')),
        ),
      ).toBe(12);
    });

    it('resolves a relative filename against cwd', () => {
      expect(
        resolveApiLevel(
          contextFor(
            'entry/src/main/ets/pages/Index.ets',
            {},
            path.join(PROJECTS, 'app-level'),
          ),
        ),
      ).toBe(10);
    });
  });

  describe('without any level', () => {
    // The fallbacks below only mean something if no folder above the
    // fixtures holds a project file of its own.
    it('has no build-profile.json5 above the fixtures', () => {
      let directory = PROJECTS;

      for (;;) {
        expect(
          fs.existsSync(path.join(directory, 'build-profile.json5')),
          directory,
        ).toBe(false);

        if (path.dirname(directory) === directory) {
          break;
        }

        directory = path.dirname(directory);
      }
    });

    it('does not throw on a malformed profile and uses the newest level', () => {
      expect(resolveApiLevel(contextFor(sourceIn('malformed')))).toBe(
        NEWEST_API_LEVEL,
      );
    });

    it('uses the newest level when the profile states none', () => {
      expect(resolveApiLevel(contextFor(sourceIn('no-level')))).toBe(
        NEWEST_API_LEVEL,
      );
    });

    it('uses the newest level when there is no profile at all', () => {
      expect(resolveApiLevel(contextFor(sourceIn('absent')))).toBe(
        NEWEST_API_LEVEL,
      );
    });
  });
});
