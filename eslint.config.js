// The project's own lint: typescript-eslint's strict type-checked rules for
// all code, and eslint-plugin-eslint-plugin's checks for rules and tests.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'bench/.corpus/',
      'bench/.profiles/',
      'examples/',
      'sdk/',
      'tests/fixtures/',
      '.eslint-doc-generatorrc.js',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/require-meta-docs-description': [
        'error',
        { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' },
      ],
      'eslint-plugin/require-meta-schema-description': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='context'][property.name='options']",
          message: 'Read options from the second parameter of `create`.',
        },
      ],
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/test-case-property-ordering': [
        'error',
        [
          'name',
          'filename',
          'code',
          'output',
          'options',
          'settings',
          'languageOptions',
          'errors',
        ],
      ],
    },
  },
  {
    files: ['scripts/**/*.js', '*.js'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
