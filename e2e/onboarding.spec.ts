import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { RegistryTestServer } from '../electron/core/onboarding/registry-test-server';
import { startRegistryTestServer } from '../electron/core/onboarding/registry-test-server';
import { buildTestPdf } from '../electron/core/onboarding/test-pdf-builder';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';
import { fillAccount, KBIS_FIXTURES } from './onboarding-kit';

const TEXT_PDF = path.join(KBIS_FIXTURES, '01-kbis-sas-textlayer.pdf');

let host: RunningHost | null = null;
let registry: RegistryTestServer | null = null;

test.beforeEach(async () => {
  // Stands in for recherche-entreprises.api.gouv.fr: same JSON, on loopback.
  registry = await startRegistryTestServer([
    {
      siren: '855763256',
      nom_complet: 'AUTO SERVICES DE LA GARONNE (ASG)',
      etat_administratif: 'A',
      activite_principale: '45.20A',
      siege: { adresse: '27 AVENUE DE LA SOMME 33700 MERIGNAC', activite_principale: '45.20A' },
    },
  ]);
  host = await startHost(freshDataDir(), [], { NOVAEVO_REGISTRY_URL: registry.url });
});

test.afterEach(async () => {
  await host?.stop();
  await registry?.close();
  host = null;
  registry = null;
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('a garage goes from its Kbis PDF to an activated, trust-scored profile', async ({ page }) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await fillAccount(page);
  await shot(page, '01-account');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { name: 'Extrait Kbis' })).toBeVisible();
  await shot(page, '02-document');
  await page.locator('input[type="file"]').setInputFiles(TEXT_PDF);

  await expect(page.getByRole('heading', { name: 'Vérifiez les informations lues' })).toBeVisible();
  const siren = page.getByRole('textbox', { name: 'SIREN', exact: true });
  await expect(siren).toHaveValue('855763256');
  await expect(page.getByRole('textbox', { name: 'Dénomination', exact: true })).toHaveValue(
    'AUTO SERVICES DE LA GARONNE',
  );
  await expect(page.getByText(/Confiance \d+ %/).first()).toBeVisible();
  await shot(page, '03-review');

  // The officers read on the Kbis are editable: correct a name, remove one, add one.
  const officers = page.getByRole('group', { name: 'Dirigeants', exact: true });
  const nom = (n: number) => page.getByRole('textbox', { name: `Nom du dirigeant ${n}` });
  const prenoms = (n: number) => page.getByRole('textbox', { name: `Prénoms du dirigeant ${n}` });
  const role = (n: number) => page.getByRole('textbox', { name: `Rôle du dirigeant ${n}` });
  await expect(nom(1)).toHaveValue('LACROIX');
  await expect(prenoms(1)).toHaveValue('Thomas Henri');
  await expect(role(1)).toHaveValue('Président');
  await expect(nom(2)).toHaveValue('FERREIRA');
  await expect(officers.getByText(/Confiance \d+ %/)).toBeVisible();
  await nom(1).fill('LACROIX-MARTIN');
  await page.getByRole('button', { name: 'Retirer le dirigeant 2' }).click();
  await expect(nom(2)).toHaveCount(0);
  await page.getByRole('button', { name: 'Ajouter un dirigeant' }).click();
  await expect(nom(2)).toHaveValue('');
  // An officer without a name or a role is refused by the core, row by row.
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(
    officers.getByText('Indiquez le nom de ce dirigeant (ou retirez la ligne).'),
  ).toBeVisible();
  await expect(officers.getByText(/Indiquez le rôle de ce dirigeant/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vérifiez les informations lues' })).toBeVisible();
  await shot(page, '03b-review-officer-errors');
  await nom(2).fill('DUBOIS');
  await prenoms(2).fill('Claire');
  await role(2).fill('Directrice générale');

  // A correction, then a reload in the middle of the wizard: same step, same data.
  const savedEverything = page.waitForResponse((response) => {
    const body = response.request().postData() ?? '';
    return (
      response.url().includes('/api/onboarding.saveStep') &&
      body.includes('45.20A') &&
      body.includes('Directrice générale') &&
      body.includes('LACROIX-MARTIN')
    );
  });
  await page.getByRole('textbox', { name: 'Code APE / NAF' }).fill('45.20A');
  await savedEverything;
  await expect(page.getByText('Brouillon enregistré')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vérifiez les informations lues' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Code APE / NAF' })).toHaveValue('45.20A');
  await expect(nom(1)).toHaveValue('LACROIX-MARTIN');
  await expect(prenoms(1)).toHaveValue('Thomas Henri');
  await expect(nom(2)).toHaveValue('DUBOIS');
  await expect(prenoms(2)).toHaveValue('Claire');
  await expect(role(2)).toHaveValue('Directrice générale');
  await expect(nom(3)).toHaveCount(0);
  await expect(page.getByText('Corrigé', { exact: true })).toHaveCount(2);
  await expect(officers.getByText('Corrigé', { exact: true })).toBeVisible();
  await shot(page, '03c-review-officers-corrected');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { name: 'Contrôles', exact: true })).toBeVisible();
  const registryCheck = page.locator('li[data-check="registry"]');
  await expect(registryCheck).toContainText('OK');
  await expect(registryCheck).toContainText('Entreprise active au registre');
  await expect(page.locator('li[data-check="siren_luhn"]')).toContainText('OK');
  await expect(page.getByText('Registre vérifié', { exact: true })).toBeVisible();
  await expect(page.getByText(/Score \d+\/100/).first()).toBeVisible();
  await shot(page, '04-checks');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { name: 'Profil du garage' })).toBeVisible();
  await page.getByLabel('Entretien / révision').check();
  await page.getByLabel('Diagnostic électronique').check();
  await page.getByLabel('Nom du technicien 1').fill('Karim Benali');
  await page
    .getByRole('group', { name: 'Compétences de Karim Benali' })
    .getByLabel('Diagnostic')
    .check();
  // The workshop address starts as the head office read on the Kbis.
  await expect(page.getByLabel('Code postal')).toHaveValue('33700');
  await shot(page, '05-profile');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { name: 'Affiliation', exact: true })).toBeVisible();
  await page.getByLabel('Identifiant partenaire').fill('NOVA-BDX-042');
  await expect(page.getByLabel('Aperçu côté client')).toContainText('partenaire du réseau NovaEvo');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { name: 'Récapitulatif' })).toBeVisible();
  const officersText =
    'LACROIX-MARTIN Thomas Henri (Président) ; DUBOIS Claire (Directrice générale)';
  await expect(page.getByText(officersText)).toBeVisible();
  await shot(page, '06-activation');
  await page.getByRole('button', { name: 'Activer mon garage' }).click();

  await expect(page.getByRole('heading', { name: 'Garage activé' })).toBeVisible();
  await expect(page.getByText('Garage de la Garonne')).toBeVisible();
  await expect(page.getByText('855 763 256')).toBeVisible();
  await expect(page.getByText(officersText)).toBeVisible();
  await expect(page.getByText('Registre vérifié', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Inscription', { exact: true })).toBeVisible();
  await shot(page, '07-activated');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Garage activé' })).toBeVisible();
});

test('bad files get a clear message and nothing typed is lost', async ({ page }, testInfo) => {
  if (!host) throw new Error('no host');
  await page.goto(host.url);
  await fillAccount(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { name: 'Extrait Kbis' })).toBeVisible();
  const fileInput = page.locator('input[type="file"]');

  await fileInput.setInputFiles({
    name: 'extrait-complet.pdf',
    mimeType: 'application/pdf',
    buffer: buildTestPdf({ pages: 41 }),
  });
  await expect(page.getByRole('alert')).toContainText('41 pages');
  await shot(page, 'bad-40-pages');

  await fileInput.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('pas un Kbis'),
  });
  await expect(page.getByRole('alert')).toContainText('Format non pris en charge');

  await fileInput.setInputFiles({
    name: 'protege.pdf',
    mimeType: 'application/pdf',
    buffer: buildTestPdf({ pages: 1, encrypted: true }),
  });
  await expect(page.getByRole('alert')).toContainText('protégé par un mot de passe');

  // 51 MB: refused before it is sent (Playwright only takes files this big from disk).
  const huge = testInfo.outputPath('huge.jpg');
  const bytes = Buffer.alloc(51 * 1024 * 1024);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(bytes);
  writeFileSync(huge, bytes);
  await fileInput.setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('Fichier trop volumineux');
  rmSync(huge);

  await page.getByRole('button', { name: 'Prendre une photo' }).click();
  await page.getByRole('button', { name: 'Activer la caméra' }).click();
  await expect(
    page.getByRole('region', { name: 'Photo du document' }).getByRole('alert'),
  ).toContainText(/caméra/i);
  await shot(page, 'bad-camera');

  // Everything typed before is still there, after a reload too.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Extrait Kbis' })).toBeVisible();
  await page.getByRole('button', { name: /Compte/ }).click();
  await expect(page.getByLabel('Nom du garage')).toHaveValue('Garage de la Garonne');
  await expect(page.getByLabel('E-mail professionnel')).toHaveValue('contact@garage-garonne.fr');
});
