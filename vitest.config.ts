import { defineConfig } from 'vitest/config';

// Two projects: Node for shared/ and main-process logic, jsdom + fake-indexeddb for the store.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/dom/setup.ts'],
        },
      },
    ],
  },
});
