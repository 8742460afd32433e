import path from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The team's Kbis fixtures (test-fixtures/kbis); NOVAEVO_KBIS_FIXTURES points elsewhere. */
export const KBIS_FIXTURES =
  process.env.NOVAEVO_KBIS_FIXTURES ?? path.resolve(process.cwd(), 'test-fixtures/kbis');

/** Opens the wizard from the home page and fills the professional account step. */
export async function fillAccount(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Inscription garage' }).click();
  await expect(page.getByRole('heading', { name: 'Inscription du garage' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compte professionnel' })).toBeVisible();
  await page.getByLabel('Nom du garage').fill('Garage de la Garonne');
  await page.getByLabel('Nom du responsable').fill('Thomas Lacroix');
  await page.getByLabel('E-mail professionnel').fill('contact@garage-garonne.fr');
  await page.getByLabel('Téléphone').fill('05 56 12 34 56');
  await page.getByLabel('Mot de passe').fill('correct horse battery');
}
