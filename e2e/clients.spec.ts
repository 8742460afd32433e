import { expect, test } from '@playwright/test';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';

let host: RunningHost | null = null;

test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('a customer and a vehicle created in the UI survive a host restart', async ({ page }) => {
  const dataDir = freshDataDir();
  host = await startHost(dataDir);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Clients & véhicules' })).toBeVisible();
  await expect(page.getByText('Aucun client enregistré')).toBeVisible();

  await page.getByRole('button', { name: /Nouveau client/ }).click();
  await page.getByLabel('Nom', { exact: false }).first().fill('Martin');
  await page.getByLabel('Prénom').fill('Élodie');
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('elodie.martin@example.fr');
  await page.getByLabel('Code postal').fill('69003');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByLabel(/Accepte les SMS/).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { name: 'MARTIN Élodie' })).toBeVisible();
  await page.getByRole('button', { name: /Ajouter un véhicule/ }).click();
  await page.getByLabel('Immatriculation').fill('ab123cd');
  await page.getByLabel('VIN (numéro de série)').fill('VF1RFB00X12345678');
  await page.getByLabel('Marque').fill('Renault');
  await page.getByLabel('Modèle').fill('Clio V');
  await page.getByLabel('Année').fill('2021');
  await page.getByLabel('Énergie').selectOption('petrol');
  await page.getByLabel('Kilométrage (km)').fill('48250');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByText('AB-123-CD')).toBeVisible();
  await expect(page.getByText('VF1RFB00X12345678')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('customer-with-vehicle.png') });

  await host.stop();
  host = await startHost(dataDir);
  await page.goto(host.url);
  await page.getByLabel('Rechercher un client').fill('AB-123');
  await expect(page.getByRole('link', { name: 'MARTIN Élodie' })).toBeVisible();
  await page.getByLabel('Rechercher un client').fill('0612 34');
  await expect(page.getByRole('link', { name: 'MARTIN Élodie' })).toBeVisible();
  await page.getByRole('link', { name: 'MARTIN Élodie' }).click();
  await expect(page.getByText('Renault Clio V 2021')).toBeVisible();
  await expect(page.getByText(/48\s250 km/)).toBeVisible();
});

test('invalid VIN, bad plate and duplicate VIN are explained in French', async ({ page }) => {
  host = await startHost(freshDataDir());
  const api = async (name: string, input: unknown) => {
    const response = await page.request.post(`${host?.origin}/api/${name}`, {
      headers: { 'x-novaevo-token': host?.token ?? '' },
      data: input,
    });
    return (await response.json()) as { ok: boolean; value: { id: string } };
  };
  await page.goto(host.url);
  const owner = await api('customers.create', {
    kind: 'company',
    companyName: 'Transports Girard',
  });
  await api('vehicles.create', {
    customerId: owner.value.id,
    vin: 'WVWZZZ1KZAW000001',
    plate: 'GH-456-JK',
  });

  await page.goto(`${host.origin}/#/clients/${owner.value.id}/vehicles/new`);
  await page.getByLabel('VIN (numéro de série)').fill('WVWZZZ1KZAW00000I');
  await page.getByLabel('Immatriculation').fill('12-AB');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/VIN invalide/)).toBeVisible();
  await expect(page.getByText(/Immatriculation invalide/)).toBeVisible();

  await page.getByLabel('VIN (numéro de série)').fill('WVWZZZ1KZAW000001');
  await page.getByLabel('Immatriculation').fill('123 ABC 45');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Ce VIN est déjà enregistré pour le véhicule GH-456-JK de Transports Girard',
  );
});

test('language switch to English persists across reloads', async ({ page }) => {
  host = await startHost(freshDataDir());
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByLabel('English').click();
  await expect(page.getByRole('link', { name: 'Customers & vehicles' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Quotes & invoices' }).click();
  await expect(page.getByText('Coming soon')).toBeVisible();
  await page.getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Workshop', level: 1 })).toBeVisible();
});

test('deleting a customer hides it and its vehicles from the list', async ({ page }) => {
  host = await startHost(freshDataDir());
  await page.goto(host.url);
  await page.getByRole('button', { name: /Nouveau client/ }).click();
  await page.getByText('Société').click();
  await page.getByLabel('Raison sociale').fill('Taxis Lumière');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Taxis Lumière' })).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer le client' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByText('Aucun client enregistré')).toBeVisible();
});

test('editing a customer and a vehicle updates the record and the search', async ({ page }) => {
  host = await startHost(freshDataDir());
  await page.goto(host.url);
  await page.getByRole('button', { name: /Nouveau client/ }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Fontaine');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('button', { name: /Ajouter un véhicule/ }).click();
  await page.getByLabel('Immatriculation').fill('CD-456-EF');
  await page.getByLabel('Marque').fill('Peugeot');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('CD-456-EF')).toBeVisible();

  await page.getByRole('button', { name: 'Modifier' }).first().click();
  await page.getByLabel('Ville').fill('Bordeaux');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Bordeaux')).toBeVisible();

  await page.getByRole('listitem').getByRole('button', { name: 'Modifier' }).click();
  await page.getByLabel('Modèle').fill('308 SW');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Peugeot 308 SW')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Clients & véhicules' })
    .click();
  await page.getByLabel('Rechercher un client').fill('bordeaux');
  await expect(page.getByRole('link', { name: 'FONTAINE' })).toBeVisible();
});

test('a VIN handed over by the Atelier prefills the new vehicle after the customer is created', async ({
  page,
}) => {
  host = await startHost(freshDataDir());
  await page.goto(host.url);
  await page.goto(
    `${host.origin}/#/clients/new?vin=VF15RBF01G1234567&make=Renault&year=2016&km=84250`,
  );
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Carpentier');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('VIN (numéro de série)')).toHaveValue('VF15RBF01G1234567');
  await expect(page.getByLabel('Marque')).toHaveValue('Renault');
  await expect(page.getByLabel('Année')).toHaveValue('2016');
  await expect(page.getByLabel('Kilométrage (km)')).toHaveValue('84250');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('VF15RBF01G1234567')).toBeVisible();
});
