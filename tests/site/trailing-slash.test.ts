import { describe, expect, it } from 'vitest';
import { slashRedirectTarget } from '../../src/site/trailing-slash.ts';

describe('slashRedirectTarget', () => {
  it('adds the slash to a page path under the base', () => {
    expect(slashRedirectTarget('/hub/datastore', '/hub/')).toBe('/hub/datastore/');
    expect(slashRedirectTarget('/hub/datastore/keys', '/hub/')).toBe('/hub/datastore/keys/');
    expect(slashRedirectTarget('/hub', '/hub/')).toBe('/hub/');
    expect(slashRedirectTarget('/datastore', '/')).toBe('/datastore/');
  });

  it('leaves files, tool routes, slashed paths and paths outside the base alone', () => {
    for (const path of [
      '/hub/datastore/',
      '/hub/favicon.svg',
      '/hub/pagefind/pagefind.js',
      '/hub/@vite/client',
      '/hub/@fs/work/x',
      '/hub/__astro_dev_toolbar__',
      '/hub/node_modules/astro/x',
      '/elsewhere',
    ])
      expect(slashRedirectTarget(path, '/hub/'), path).toBeUndefined();
  });
});
