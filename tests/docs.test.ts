import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';

const DOCS_DIR = path.join(import.meta.dirname, '..', 'docs', 'rules');

// Sections every rule page has, in this order.
const SECTIONS = [
  '## Examples',
  '## Options',
  '## Limitations',
  '## When Not To Use It',
];

describe.each(Object.entries(rules))('%s', (name, rule) => {
  const page = fs.readFileSync(path.join(DOCS_DIR, `${name}.md`), 'utf8');

  it('has a page with the sections every rule documents, in order', () => {
    const positions = SECTIONS.map(section => page.indexOf(`\n${section}\n`));

    expect(positions.every(position => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows incorrect and correct code', () => {
    expect(page).toContain('❌');
    expect(page).toContain('✅');
  });

  it('says it needs type information, as it does', () => {
    expect(rule.meta.docs?.requiresTypeChecking).toBe(true);
    expect(page).toMatch(/type information/u);
  });

  it('links its page from its metadata', () => {
    expect(rule.meta.docs?.url).toMatch(
      new RegExp(`/docs/rules/${name}\\.md$`, 'u'),
    );
  });
});
