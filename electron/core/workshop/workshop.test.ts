import { describe, expect, it } from 'vitest';
import type { ApiError, Result } from '@shared/api/errors';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();

interface Row {
  id: string;
  revision: number;
}

async function call<T = Row>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function callError(core: Core, name: string, input: unknown): Promise<ApiError> {
  const result: Result<unknown> = await core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

function outbox(core: Core) {
  return core.database.raw
    .prepare('SELECT entity, row_id AS rowId, op, revision, payload FROM outbox ORDER BY seq')
    .all() as { entity: string; rowId: string; op: string; revision: number; payload: string }[];
}

describe('customers and vehicles through the repository layer', () => {
  it('appends every write to the outbox in order, in the same transaction', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const customer = await call(core, 'customers.create', { kind: 'person', lastName: 'Lefèvre' });
    const vehicle = await call(core, 'vehicles.create', {
      customerId: customer.id,
      plate: 'ab-123-cd',
      mileageKm: 120000,
    });
    await call(core, 'customers.update', {
      id: customer.id,
      revision: 1,
      values: { kind: 'person', lastName: 'Lefèvre', firstName: 'Anne' },
    });
    await call(core, 'vehicles.delete', { id: vehicle.id });

    const entries = outbox(core);
    expect(entries.map((entry) => [entry.entity, entry.op, entry.revision])).toEqual([
      ['customer', 'insert', 1],
      ['vehicle', 'insert', 1],
      ['mileageReading', 'insert', 1],
      ['customer', 'update', 2],
      ['vehicle', 'delete', 2],
    ]);
    const update = JSON.parse(entries[3]?.payload ?? '{}') as { firstName: string };
    expect(update.firstName).toBe('Anne');
    expect(entries.every((entry) => /^[0-9a-f-]{36}$/.test(entry.rowId))).toBe(true);
    expect(customer.id[14]).toBe('7');
    await core.close();
  });

  it('a failed write leaves neither the row nor its outbox entry', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const error = await callError(core, 'vehicles.create', {
      customerId: '01900000-0000-7000-8000-000000000000',
      plate: 'AB-123-CD',
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(outbox(core)).toEqual([]);
    expect(core.database.raw.prepare('SELECT count(*) FROM vehicle').pluck().get()).toBe(0);
    await core.close();
  });

  it('tombstones hide deleted customers and their vehicles but keep the rows', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const customer = await call(core, 'customers.create', {
      kind: 'company',
      companyName: 'Ambulances Roux',
    });
    await call(core, 'vehicles.create', { customerId: customer.id, vin: 'VF1RFB00X12345678' });
    await call(core, 'customers.delete', { id: customer.id });

    const search = await call<{ total: number }>(core, 'customers.search', { query: '' });
    expect(search.total).toBe(0);
    expect((await callError(core, 'customers.get', { id: customer.id })).code).toBe('NOT_FOUND');
    const rows = core.database.raw
      .prepare(
        'SELECT deleted_at IS NOT NULL AS gone FROM vehicle UNION ALL SELECT deleted_at IS NOT NULL FROM customer',
      )
      .pluck()
      .all();
    expect(rows).toEqual([1, 1]);
    // The VIN is free again once its car is deleted.
    const other = await call(core, 'customers.create', { kind: 'person', lastName: 'Nouveau' });
    await call(core, 'vehicles.create', { customerId: other.id, vin: 'VF1RFB00X12345678' });
    await core.close();
  });

  it('refuses a duplicate VIN and says which car already has it', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const first = await call(core, 'customers.create', {
      kind: 'person',
      lastName: 'Morel',
      firstName: 'Luc',
    });
    await call(core, 'vehicles.create', {
      customerId: first.id,
      vin: 'wvwzzz1kzaw000001',
      plate: 'GH-456-JK',
    });
    const second = await call(core, 'customers.create', { kind: 'person', lastName: 'Petit' });
    const error = await callError(core, 'vehicles.create', {
      customerId: second.id,
      vin: 'WVWZZZ1KZAW000001',
    });
    expect(error.code).toBe('DUPLICATE_VIN');
    expect(error.message.fr).toBe(
      'Ce VIN est déjà enregistré pour le véhicule GH-456-JK de MOREL Luc.',
    );
    await core.close();
  });

  it('refuses an edit made from a stale revision', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const customer = await call(core, 'customers.create', { kind: 'person', lastName: 'Blanc' });
    const values = { kind: 'person', lastName: 'Blanc', city: 'Nantes' };
    await call(core, 'customers.update', { id: customer.id, revision: 1, values });
    const error = await callError(core, 'customers.update', {
      id: customer.id,
      revision: 1,
      values,
    });
    expect(error.code).toBe('CONFLICT');
    await core.close();
  });

  it('validates VIN, plate, phone and name at the boundary', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const noName = await callError(core, 'customers.create', { kind: 'person', firstName: 'Zoé' });
    expect(noName.code).toBe('BAD_REQUEST');
    expect(noName.details).toEqual([{ path: 'lastName', message: 'name_required' }]);
    const customer = await call(core, 'customers.create', { kind: 'person', lastName: 'Garnier' });
    const bad = await callError(core, 'vehicles.create', {
      customerId: customer.id,
      vin: 'VF1RFB00I12345678',
      plate: 'AB-12-CD',
    });
    expect(bad.details).toEqual([
      { path: 'vin', message: 'invalid_vin' },
      { path: 'plate', message: 'invalid_plate' },
    ]);
    const phone = await callError(core, 'customers.create', {
      kind: 'person',
      lastName: 'X',
      phone: '12',
    });
    expect(phone.details).toEqual([{ path: 'phone', message: 'invalid_phone' }]);
    await core.close();
  });

  it('finds customers by accent-free name, phone typed in groups, plate fragment and VIN', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const helene = await call(core, 'customers.create', {
      kind: 'person',
      lastName: 'Bérard',
      firstName: 'Hélène',
      phone: '06 98 76 54 32',
    });
    await call(core, 'vehicles.create', {
      customerId: helene.id,
      plate: 'FR-512-XZ',
      vin: 'VF3LCYHZPHS123456',
    });
    await call(core, 'customers.create', {
      kind: 'company',
      companyName: 'Garage du Centre',
      phone: '0145000000',
    });

    const names = async (query: string) =>
      (
        await call<{ items: { displayName: string }[] }>(core, 'customers.search', { query })
      ).items.map((item) => item.displayName);
    expect(await names('helene')).toEqual(['BÉRARD Hélène']);
    expect(await names('BERA')).toEqual(['BÉRARD Hélène']);
    expect(await names('06 98 76')).toEqual(['BÉRARD Hélène']);
    expect(await names('+33698')).toEqual(['BÉRARD Hélène']);
    expect(await names('fr512')).toEqual(['BÉRARD Hélène']);
    expect(await names('512-XZ')).toEqual(['BÉRARD Hélène']);
    expect(await names('HS123456')).toEqual(['BÉRARD Hélène']);
    expect(await names('centre')).toEqual(['Garage du Centre']);
    // One or two letters match the start of the name (index range, no full scan).
    expect(await names('ga')).toEqual(['Garage du Centre']);
    expect(await names('b')).toEqual(['BÉRARD Hélène']);
    expect(await names('centre du')).toEqual(['Garage du Centre']);
    expect(await names('')).toEqual(['BÉRARD Hélène', 'Garage du Centre']);
    expect(await names('nobody')).toEqual([]);
    await core.close();
  });

  it('emits data.changed only after the transaction commits', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const seen: unknown[] = [];
    core.events.subscribe((name, payload) => seen.push({ name, payload }));
    const customer = await call(core, 'customers.create', { kind: 'person', lastName: 'Event' });
    await callError(core, 'vehicles.create', { customerId: customer.id, plate: 'nope' });
    expect(seen).toEqual([
      { name: 'data.changed', payload: { entity: 'customer', id: customer.id, op: 'insert' } },
    ]);
    await core.close();
  });
});
