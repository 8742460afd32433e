import type { z } from 'zod';
import { AppError } from '@shared/api/errors';
import type { MileageReadingSchema, Vehicle, VehicleInput } from '@shared/api/vehicles';
import { checkPlate } from '@shared/workshop/plate';
import { normalizeVin } from '@shared/workshop/vin';
import type { AppDatabase } from '../db/database';
import type { SyncedTransaction, SyncedWriter } from '../db/synced-writer';
import { notFound } from '../db/synced-writer';
import { refreshCustomerSearch } from './customer-search-index';
import { customerDisplayName, vehicleFromRow } from './mappers';

type ParsedVehicleInput = z.output<typeof VehicleInput>;
type MileageReading = z.output<typeof MileageReadingSchema>;

function vehicleColumns(values: Omit<ParsedVehicleInput, 'mileageKm'>) {
  return {
    customerId: values.customerId,
    vin: values.vin === null ? null : normalizeVin(values.vin),
    plate: values.plate === null ? null : checkPlate(values.plate).plate,
    make: values.make,
    model: values.model,
    year: values.year,
    fuel: values.fuel,
    engine: values.engine,
    notes: values.notes,
  };
}

export class VehicleRepository {
  constructor(
    private readonly database: AppDatabase,
    private readonly writer: SyncedWriter,
  ) {}

  async get(id: string): Promise<{ vehicle: Vehicle; mileage: MileageReading[] }> {
    const { db } = this.database;
    const row = await db
      .selectFrom('vehicle')
      .selectAll()
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound('vehicle', id);
    const readings = await db
      .selectFrom('mileageReading')
      .select(['id', 'km', 'readAt', 'source'])
      .where('vehicleId', '=', id)
      .where('deletedAt', 'is', null)
      .orderBy('readAt', 'desc')
      .execute();
    return { vehicle: vehicleFromRow(row, readings[0]?.km ?? null), mileage: readings };
  }

  async create(values: ParsedVehicleInput): Promise<Vehicle> {
    return this.writer.write(async (tx) => {
      const columns = vehicleColumns(values);
      await tx.getLive('customer', columns.customerId);
      await this.assertVinFree(tx, columns.vin, null);
      const row = await tx.insert('vehicle', columns);
      let lastMileageKm: number | null = null;
      if (values.mileageKm !== undefined && values.mileageKm !== null) {
        await this.insertMileage(tx, row.id, values.mileageKm);
        lastMileageKm = values.mileageKm;
      }
      await refreshCustomerSearch(tx.trx, columns.customerId);
      return vehicleFromRow(row, lastMileageKm);
    });
  }

  async update(
    id: string,
    revision: number,
    values: Omit<ParsedVehicleInput, 'mileageKm'>,
  ): Promise<Vehicle> {
    return this.writer.write(async (tx) => {
      const columns = vehicleColumns(values);
      const before = await tx.getLive('vehicle', id);
      await tx.getLive('customer', columns.customerId);
      await this.assertVinFree(tx, columns.vin, id);
      const row = await tx.update('vehicle', id, revision, columns);
      await refreshCustomerSearch(tx.trx, columns.customerId);
      if (before.customerId !== columns.customerId) {
        await refreshCustomerSearch(tx.trx, String(before.customerId));
      }
      const last = await this.lastMileage(tx, id);
      return vehicleFromRow(row, last);
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    return this.writer.write(async (tx) => {
      const row = await tx.getLive('vehicle', id);
      await tx.softDelete('vehicle', id);
      await refreshCustomerSearch(tx.trx, String(row.customerId));
      return { id };
    });
  }

  async addMileage(vehicleId: string, km: number): Promise<MileageReading> {
    return this.writer.write(async (tx) => {
      await tx.getLive('vehicle', vehicleId);
      return this.insertMileage(tx, vehicleId, km);
    });
  }

  private async insertMileage(
    tx: SyncedTransaction,
    vehicleId: string,
    km: number,
  ): Promise<MileageReading> {
    const row = await tx.insert('mileageReading', {
      vehicleId,
      km,
      readAt: new Date().toISOString(),
      source: 'manual',
      sessionId: null,
    });
    return { id: row.id, km: row.km, readAt: row.readAt, source: row.source };
  }

  private async lastMileage(tx: SyncedTransaction, vehicleId: string): Promise<number | null> {
    const reading = await tx.trx
      .selectFrom('mileageReading')
      .select('km')
      .where('vehicleId', '=', vehicleId)
      .where('deletedAt', 'is', null)
      .orderBy('readAt', 'desc')
      .executeTakeFirst();
    return reading?.km ?? null;
  }

  /** Checked before the unique index fires, to name the car that already has this VIN. */
  private async assertVinFree(
    tx: SyncedTransaction,
    vin: string | null,
    exceptId: string | null,
  ): Promise<void> {
    if (vin === null) return;
    let query = tx.trx
      .selectFrom('vehicle')
      .innerJoin('customer', 'customer.id', 'vehicle.customerId')
      .select([
        'vehicle.id',
        'vehicle.plate',
        'customer.kind',
        'customer.firstName',
        'customer.lastName',
        'customer.companyName',
      ])
      .where('vehicle.vin', '=', vin)
      .where('vehicle.deletedAt', 'is', null);
    if (exceptId !== null) query = query.where('vehicle.id', '!=', exceptId);
    const existing = await query.executeTakeFirst();
    if (!existing) return;
    const owner = customerDisplayName(existing);
    const plate = existing.plate ?? '—';
    throw new AppError(
      'DUPLICATE_VIN',
      {
        fr: `Ce VIN est déjà enregistré pour le véhicule ${plate} de ${owner}.`,
        en: `This VIN is already registered for vehicle ${plate} of ${owner}.`,
      },
      { vin, vehicleId: existing.id, plate: existing.plate, owner },
    );
  }
}
