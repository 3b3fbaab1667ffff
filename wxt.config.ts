import { defineConfig } from 'wxt';

// Sceptic's build. The extension reads pages and never talks to a network:
// the manifest asks for the least it needs (see README, "Permissions").
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Builds for the test harness and the benchmark may go to their own folder
  // so that two of them never write into the same one.
  outDir: process.env.SCEPTIC_OUT_DIR || '.output',
  // `npm run zip`: the store packages, and for Firefox's review the sources that build them
  // (without test output, screenshots or anything else a build does not need).
  zip: { excludeSources: ['test-results/**', 'out/**', 'coverage/**', 'playwright-report/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    // Name and description in English and Chinese: public/_locales/{en,zh_CN}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Sceptic',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sceptic@sceptic.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script runs in every page the user opens: it does without webextension-polyfill
    // (about 10 kB) and uses the browser's own API, promise-based in Chrome's and Firefox's MV3.
    // It answers messages through sendResponse, the one way both browsers honour without the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      const alias = config.resolve?.alias;
      if (entrypoints.every((e) => e.type === 'content-script') && alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // No module-preload polyfill: every supported browser preloads modules itself, and the
    // shipped code then holds no fetch() at all (tests/e2e/trust-build.spec.ts).
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
});
