/**
 * The ELM327 vehicle simulator: tests, benchmarks and the app's demo mode use it.
 * In-process (`SimulatedAdapter`), over TCP (`startSimTcpServer`) or a serial pty (`startSimPty`).
 */
export { SimulatedAdapter } from './simulated-adapter';
export type { SimulatedAdapterOptions } from './simulated-adapter';
export { listScenarios, loadScenario, parseScenario, simResourcesDir } from './scenario-loader';
export type { ScenarioLocation } from './scenario-loader';
export type { SimEcu, SimScenario } from './scenario-schema';
export { startSimTcpServer } from './sim-tcp-server';
export type { SimTcpServer, SimTcpServerOptions } from './sim-tcp-server';
export { startSimPty } from './sim-pty';
export type { SimPty, SimPtyOptions } from './sim-pty';
export type { LatencyOptions } from './latency-model';
export {
  bitsPerSerialChar,
  canFrameMs,
  endWaitMs,
  linkLimitedRequestMs,
  serialMs,
} from './latency-model';
export type { VehicleSignals, VehicleState } from './vehicle-model';
