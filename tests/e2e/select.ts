import { expect, type Locator } from '@playwright/test';

/**
 * Chooses an option of a Mantine Select and waits until the field shows it. A click that lands while the
 * dropdown, or the modal around it, is still moving can be lost (seen in CI), so it tries again, opening the
 * dropdown only when it is closed (a second click would close it) and never waiting on an option for long.
 */
export async function pick(select: Locator, option: string): Promise<void> {
  const page = select.page();
  await expect(async () => {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click({ timeout: 2_000 });
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(select).toHaveValue(option, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}
