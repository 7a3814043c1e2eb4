// One flat config; warnings are errors (npm run lint uses --max-warnings 0).
import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '**/dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      curly: ['error', 'all'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest resolves constructor parameter types at run time: a type-only import would break injection.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Workflow code is deterministic and bundled: no Node builtins, no Nest, no TypeORM.
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'net'],
              message: 'No Node builtins in workflow or domain code.',
            },
            {
              group: ['@nestjs/*', 'typeorm', '@temporalio/worker', '@temporalio/client', '@temporalio/activity'],
              message: 'Workflow and domain code stay pure.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*-spec.ts', 'test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The test library serves any app: the apps pass their modules in (test/support/product-apps.ts).
    files: ['libs/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**', '@app/api', '@app/worker'], message: 'libs/testing takes apps as parameters.' },
          ],
        },
      ],
    },
  },
  {
    // The console: its own tsconfig (DOM, JSX, bundler resolution, @web/* aliases), the rules of hooks, and only the
    // console-safe contracts from the backend.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['apps/web/tsconfig.json', 'apps/web/tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Import across folders through @web/* (apps/web/tsconfig.json paths).' },
            {
              group: ['@temporalio/*', '@nestjs/*', 'typeorm', '@app/*', '!@app/contracts'],
              message: 'The console imports only @app/contracts from the backend.',
            },
          ],
        },
      ],
    },
  },
  {
    // A focused or skipped test, or a test that asserts nothing, would let `npm test` pass without testing.
    files: ['**/*.spec.ts', '**/*-spec.ts'],
    plugins: { jest },
    languageOptions: { globals: jest.environments.globals.globals },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      // The helpers that assert, by name: expectRefused (a command is refused with a code and changes nothing,
      // libs/domain's state machine spec and matter-lifecycle), assertConverged (read-model-consistency).
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expectRefused', 'assertConverged'] }],
    },
  },
  prettier,
);
