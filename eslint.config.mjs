import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['test/**', 'bench/**'], rules: { 'no-console': 'off' } },
  {
    // The sandbox page's script runs in the browser as a plain script (no build step).
    files: ['src/sandbox/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        ['window', 'document', 'location', 'localStorage', 'fetch', 'Node', 'Intl', 'setTimeout', 'clearTimeout', 'setInterval', 'confirm', 'console'].map((g) => [g, 'readonly']),
      ),
    },
  },
  { files: ['jest.config.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
