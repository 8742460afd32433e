import type { z } from 'zod';
import { customersApi } from './customers';
import { diagnosisApi } from './diagnosis';
import { obdApi } from './obd';
import { onboardingApi } from './onboarding';
import { recallsApi } from './recalls';
import { settingsApi } from './settings';
import { systemApi } from './system';
import { tasksApi } from './tasks';
import { vehiclesApi } from './vehicles';

/** Bumped on any breaking change of a request or event shape. */
export const CONTRACT_VERSION = 1;

export const apiContract = {
  ...systemApi,
  ...tasksApi,
  ...settingsApi,
  ...customersApi,
  ...vehiclesApi,
  ...diagnosisApi,
  ...onboardingApi,
  ...obdApi,
  ...recallsApi,
};

export type ApiContract = typeof apiContract;
export type ApiName = keyof ApiContract;
/** What a caller may send (defaults still optional). */
export type ApiInput<N extends ApiName> = z.input<ApiContract[N]['input']>;
/** What a handler receives once the input is parsed. */
export type ApiParsedInput<N extends ApiName> = z.output<ApiContract[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<ApiContract[N]['output']>;

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
