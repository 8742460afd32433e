/**
 * The OBD-II engine of the core: transports, the ELM327/STN session, SAE J1979 services, the
 * full scan, live polling and the `novaevo` OBD commands. Protocol logic lives in `shared/obd`.
 */
export { JsonFileCapabilityStore, MemoryCapabilityStore } from './capability-store';
export type { AdapterOverrides, AdapterProfile, CapabilityStore } from './capability-store';
export { obdCliCommands } from './cli-commands';
export { openObdSession } from './connect';
export type { OpenSessionOptions } from './connect';
export { createTransport } from './create-transport';
export { DEFAULT_TIMEOUTS, ElmSession } from './elm-session';
export type {
  AdapterInfo,
  CommandPriority,
  CommandTimeouts,
  ReconnectPolicy,
  RequestOptions,
  SessionOptions,
  SessionState,
  TranscriptEntry,
} from './elm-session';
export { LivePoller } from './live-poller';
export type {
  LivePollerOptions,
  LiveSample,
  PidGroup,
  PollerStats,
  SampleSink,
} from './live-poller';
export { ObdService } from './obd-service';
export type { ClearResult, DtcStatus, EcuDtcs, FreezeFrame, VehicleInfo } from './obd-service';
export { SCAN_STEPS, scanVehicle, SNAPSHOT_PIDS } from './scan';
export type { ScanEcu, ScanOptions, ScanResult, ScanStep } from './scan';
export { DEFAULT_WORKBENCH_ADAPTER, ObdWorkbench } from './obd-workbench';
export type { WorkbenchOptions } from './obd-workbench';
export { LiveRecorder } from './live-recorder';
export {
  BAUD_CANDIDATES,
  classifySerialPort,
  listSerialAdapters,
  SerialTransport,
} from './serial-transport';
export type { SerialAdapterInfo, SerialTransportOptions } from './serial-transport';
export { SimTransport } from './sim-transport';
export { TcpTransport } from './tcp-transport';
export type { ObdTransport } from './transport';
