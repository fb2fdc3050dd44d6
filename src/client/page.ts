// The script every page loads (kept under 2 KB gzipped): theme picker, search opener, copy
// buttons and the table of contents. Everything heavier loads on first use.
import { initCopyButtons } from './copy-code.ts';
import { initSearch } from './search-loader.ts';
import { initThemePicker } from './theme.ts';
import { initToc } from './toc.ts';

initThemePicker();
initSearch();
initCopyButtons();
initToc();
