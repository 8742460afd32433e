import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What one adapter can do, probed once and remembered (keyed by USB serial number, Bluetooth
 * address, TCP endpoint or simulator scenario): clones differ wildly (FORScan: most "ELM327"
 * devices are counterfeit) and probing every time costs seconds.
 */
export interface AdapterProfile {
  key: string;
  identity: string | null;
  stnIdentity: string | null;
  /** ELM327 ≥ 1.3 response-count digit; null = not probed yet. */
  responseCountHint: boolean | null;
  /** Several PIDs per mode 01 request (CAN only); null = not probed yet. */
  multiPid: boolean | null;
  /** AT commands that answered `?` or ERROR. */
  unsupportedCommands: string[];
  lastProtocol: number | null;
  updatedAt: string;
}

/** What the user forces for a misbehaving clone (same idea as AndrOBD's disabled commands). */
export interface AdapterOverrides {
  disabledCommands?: string[];
  responseCountHint?: boolean;
  multiPid?: boolean;
  headers?: 'auto' | 'on' | 'off';
  extraInitCommands?: string[];
}

export interface CapabilityStore {
  load(key: string): AdapterProfile | undefined;
  save(profile: AdapterProfile): void;
  overrides(key: string): AdapterOverrides;
}

export class MemoryCapabilityStore implements CapabilityStore {
  private readonly profiles = new Map<string, AdapterProfile>();
  constructor(private readonly userOverrides: Record<string, AdapterOverrides> = {}) {}

  load(key: string): AdapterProfile | undefined {
    const profile = this.profiles.get(key);
    return profile && structuredClone(profile);
  }

  save(profile: AdapterProfile): void {
    this.profiles.set(profile.key, structuredClone(profile));
  }

  overrides(key: string): AdapterOverrides {
    return this.userOverrides[key] ?? {};
  }
}

interface ProfileFile {
  version: 1;
  profiles: Record<string, AdapterProfile>;
  overrides: Record<string, AdapterOverrides>;
}

/** Profiles in one JSON file in the data folder; written atomically (temp file + rename). */
export class JsonFileCapabilityStore implements CapabilityStore {
  constructor(private readonly file: string) {}

  private read(): ProfileFile {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<ProfileFile>;
      return { version: 1, profiles: parsed.profiles ?? {}, overrides: parsed.overrides ?? {} };
    } catch {
      return { version: 1, profiles: {}, overrides: {} };
    }
  }

  load(key: string): AdapterProfile | undefined {
    return this.read().profiles[key];
  }

  save(profile: AdapterProfile): void {
    const data = this.read();
    data.profiles[profile.key] = profile;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(data, null, 2));
    renameSync(temp, this.file);
  }

  overrides(key: string): AdapterOverrides {
    return this.read().overrides[key] ?? {};
  }
}

export function emptyProfile(key: string): AdapterProfile {
  return {
    key,
    identity: null,
    stnIdentity: null,
    responseCountHint: null,
    multiPid: null,
    unsupportedCommands: [],
    lastProtocol: null,
    updatedAt: new Date().toISOString(),
  };
}
