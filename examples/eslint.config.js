// The whole setup a user needs: typescript-eslint's parser with the project
// service, and the plugin's recommended config.
import userauth from 'eslint-plugin-userauth';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  ...userauth.configs.recommended,
];
