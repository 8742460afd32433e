import type { recallsApi } from '@shared/api/recalls';
import type { HandlersOf } from '../app/handlers';
import type { RecallService } from './recall-service';

export function recallsHandlers(service: RecallService): HandlersOf<typeof recallsApi> {
  return {
    'recalls.forVehicle': async (input) => ({
      recalls: await service.forVehicle(input.vehicleId),
      ...(await service.status()),
    }),
    'recalls.status': () => service.status(),
    'recalls.refresh': () => service.refresh(),
  };
}
