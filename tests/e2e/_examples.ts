// Shared steps of the examples-* e2e files (issue 15): run an example, edit its code.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Clicks Run and waits until the run has finished and its verdict is shown; returns the output. */
export async function runExample(example: Locator): Promise<string> {
  await example.getByRole('button', { name: 'Run' }).click();
  const status = example.locator('.run-example__status');
  await expect
    .poll(() => status.getAttribute('data-verdict'), { timeout: 15_000 })
    .toMatch(/^(same|different|ran|error|timeout)$/);
  return (await example.locator('.run-example__result').textContent()) ?? '';
}

/** Opens the editor of `example` and replaces its code with `code`. */
export async function replaceCode(page: Page, example: Locator, code: string): Promise<void> {
  await example.getByRole('button', { name: 'Edit' }).click();
  await example.locator('.cm-content').waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
    .toContain('cm-content');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}
