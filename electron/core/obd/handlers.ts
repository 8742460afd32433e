import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { obdApi } from '@shared/api/obd';
import { DEFAULT_TCP_HOST, DEFAULT_TCP_PORT } from '@shared/obd/adapter-string';
import { decodeVin } from '@shared/workshop/vin-decode';
import type { WmiTable } from '@shared/workshop/vin-decode';
import type { CoreContext } from '../app/core-context';
import type { HandlersOf } from '../app/handlers';
import { createDiagnosisService } from '../diagnosis/handlers';
import { findResourceDir } from '../app/resource-paths';
import { storeScanSession } from '../diagnosis/session-store';
import { createLogger } from '../log/logger';
import { JsonFileCapabilityStore } from './capability-store';
import { ObdWorkbench } from './obd-workbench';
import type { WorkbenchOptions } from './obd-workbench';
import {
  addMarker,
  compareSessions,
  exportCsv,
  findVehicleByVin,
  readMarkers,
  readSeries,
} from './session-data';

const log = createLogger('obd');

/** French descriptions of the bundled simulator scenarios (the files carry English ones). */
const SCENARIO_DESCRIPTIONS_FR: Record<string, string> = {
  'healthy-petrol':
    'Renault Clio IV 0.9 TCe (2016), CAN 11 bits 500k : aucun code, moniteurs complets, démarrage à froid.',
  'diesel-overheat':
    'Peugeot 308 II 1.6 BlueHDi (2015), diesel CAN : surchauffe moteur (P0217), voyant allumé.',
  misfire:
    'Citroën C3 II 1.4i (2012), CAN : ratés d’allumage cylindre 1 (P0301 + P0300), voyant clignotant.',
  'two-ecus':
    'Volkswagen Golf VII 1.4 TSI DSG (2017) : moteur 7E8 et boîte 7E9, codes mémorisés, en attente et permanents.',
  can29:
    'Opel Astra K 1.0 Turbo (2018), CAN 29 bits : moteur et boîte, un code en attente, adaptateur STN.',
  kwp2000: 'Fiat Punto II 1.2 (2004), K-Line KWP2000 : quatre codes mémorisés, pas de service 0A.',
  'clone-quirks':
    'Renault Mégane III 1.6 16V (2011) lue par un clone ELM327 bas de gamme : écho, octets nuls, BUFFER FULL.',
};

const workbenches = new WeakMap<object, ObdWorkbench>();

/** The core's one workbench (one adapter per workstation), created on first use. */
export function workbenchFor(
  context: CoreContext,
  overrides: Partial<Omit<WorkbenchOptions, 'context'>> = {},
): ObdWorkbench {
  let workbench = workbenches.get(context);
  if (workbench) return workbench;
  const diagnosis = createDiagnosisService(context);
  workbench = new ObdWorkbench({
    context,
    settings: {
      lastAdapter: async () => {
        const row = await context.database.db
          .selectFrom('garageSetting')
          .select('value')
          .where('key', '=', 'adapter')
          .executeTakeFirst();
        return row?.value ?? null;
      },
      remember: async (adapter) => {
        await context.database.db
          .insertInto('garageSetting')
          .values({ key: 'adapter', value: adapter })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: adapter }))
          .execute();
      },
    },
    diagnosis: {
      storeScanSession: (summary) => storeScanSession(context, summary),
      diagnoseSession: (sessionId) => diagnosis.diagnoseSession(sessionId),
    },
    capabilityStore: new JsonFileCapabilityStore(join(context.dataDir, 'obd-adapters.json')),
    ...overrides,
  });
  workbenches.set(context, workbench);
  const created = workbench;
  context.onClose(() => created.close());
  return workbench;
}

let wmiTable: WmiTable | null = null;

function loadWmiTable(): WmiTable {
  if (wmiTable) return wmiTable;
  const dir = findResourceDir('vin');
  try {
    if (dir === null) throw new Error('resources/vin not found');
    const parsed = JSON.parse(readFileSync(join(dir, 'wmi.json'), 'utf8')) as Partial<WmiTable>;
    wmiTable = { wmi: parsed.wmi ?? {}, regions: parsed.regions ?? [] };
  } catch (error) {
    // Decoding still checks the VIN and reads the year without the table.
    log.warn('WMI table unavailable', { error: String(error) });
    wmiTable = { wmi: {}, regions: [] };
  }
  return wmiTable;
}

async function listScenarioEntries(): Promise<Array<{ name: string; description: string }>> {
  try {
    const { listScenarios, loadScenario } = await import('../sim/scenario-loader');
    return listScenarios().map((name) => {
      let description = SCENARIO_DESCRIPTIONS_FR[name];
      if (description === undefined) {
        try {
          description = loadScenario(name).description;
        } catch {
          description = name;
        }
      }
      return { name, description };
    });
  } catch (error) {
    log.warn('simulator scenarios unavailable', { error: String(error) });
    return [];
  }
}

async function listSerial() {
  try {
    // Lazy: `serialport` is a native module kept off the start-up path.
    const { listSerialAdapters } = await import('./serial-transport');
    const ports = await listSerialAdapters();
    return ports
      .map((port) => ({
        path: port.path,
        kind: port.bluetooth
          ? ('bluetooth' as const)
          : port.vendorId !== null
            ? ('usb' as const)
            : ('other' as const),
        manufacturer: port.manufacturer,
        vendorId: port.vendorId,
        productId: port.productId,
        serialNumber: port.serialNumber,
        likelyObd: port.likelyObdAdapter,
        adapter: `serial:${port.path}`,
      }))
      .sort((a, b) => Number(b.likelyObd) - Number(a.likelyObd) || a.path.localeCompare(b.path));
  } catch (error) {
    log.warn('serial ports not listed', { error: String(error) });
    return [];
  }
}

export function obdHandlers(context: CoreContext): HandlersOf<typeof obdApi> {
  const workbench = (): ObdWorkbench => workbenchFor(context);
  return {
    'obd.listAdapters': async () => {
      const [serial, scenarios, lastAdapter] = await Promise.all([
        listSerial(),
        listScenarioEntries(),
        context.database.db
          .selectFrom('garageSetting')
          .select('value')
          .where('key', '=', 'adapter')
          .executeTakeFirst()
          .then((row) => row?.value ?? context.adapterOverride),
      ]);
      return {
        serial,
        scenarios,
        wifiDefault: `tcp:${DEFAULT_TCP_HOST}:${DEFAULT_TCP_PORT}`,
        lastAdapter,
      };
    },
    'obd.status': async () => workbench().status(),
    'obd.connect': (input) => workbench().connect(input.adapter),
    'obd.disconnect': () => workbench().disconnect(),
    'obd.identifyVehicle': async (input) => {
      const decoded = decodeVin(input.vin, loadWmiTable(), new Date().getFullYear());
      const match = decoded.valid ? await findVehicleByVin(context, decoded.vin) : null;
      return { decoded, match };
    },
    'obd.scan': (input) =>
      context.tasks.run(
        'Lecture OBD complète',
        (task) =>
          workbench().scan(
            {
              vehicleId: input.vehicleId,
              mileageKm: input.mileageKm,
              technician: input.technician,
            },
            task,
          ),
        input.taskId,
      ),
    'obd.clearCodes': (input) => workbench().clearCodes(input.sessionId),
    'obd.supportedPids': async () => ({ pids: await workbench().supportedPids() }),
    'obd.startLive': (input) => workbench().startLive(input),
    'obd.stopLive': async () => ({ stopped: await workbench().stopLive() }),
    'obd.setRecording': async (input) => ({
      recording: await workbench().setRecording(input.record),
    }),
    'obd.addMarker': (input) =>
      addMarker(context, input.sessionId, input.label, input.t ?? Date.now()),
    'obd.liveSeries': async (input) => {
      const markers = await readMarkers(context, input.sessionId);
      const series = readSeries(context, input.sessionId, input.pids).map(
        ({ pid, name, unit, t, v }) => ({ pid, name, unit, t, v }),
      );
      return { series, markers };
    },
    'obd.exportCsv': async (input) => {
      await readMarkers(context, input.sessionId); // NOT_FOUND for an unknown session
      const { csv, rows } = exportCsv(context, input.sessionId, input.pids);
      return { fileName: `novaevo-mesures-${input.sessionId.slice(0, 8)}.csv`, csv, rows };
    },
    'obd.compareSessions': (input) => compareSessions(context, input.before, input.after),
  };
}
