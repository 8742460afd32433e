import type { customersApi } from '@shared/api/customers';
import type { vehiclesApi } from '@shared/api/vehicles';
import type { CoreContext } from '../app/core-context';
import type { HandlersOf } from '../app/handlers';
import { CustomerRepository } from './customer-repository';
import { VehicleRepository } from './vehicle-repository';

export function workshopHandlers(
  context: CoreContext,
): HandlersOf<typeof customersApi & typeof vehiclesApi> {
  const customers = new CustomerRepository(context.database, context.writer);
  const vehicles = new VehicleRepository(context.database, context.writer);
  return {
    'customers.search': (input) => customers.search(input.query, input.limit, input.offset),
    'customers.get': (input) => customers.get(input.id),
    'customers.create': (input) => customers.create(input),
    'customers.update': (input) => customers.update(input.id, input.revision, input.values),
    'customers.delete': (input) => customers.delete(input.id),
    'vehicles.get': (input) => vehicles.get(input.id),
    'vehicles.create': (input) => vehicles.create(input),
    'vehicles.update': (input) => vehicles.update(input.id, input.revision, input.values),
    'vehicles.delete': (input) => vehicles.delete(input.id),
    'vehicles.addMileage': (input) => vehicles.addMileage(input.vehicleId, input.km),
  };
}
