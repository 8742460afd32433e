import { describe, expect, it } from 'vitest';
import { apiContract } from '@shared/api/contract';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/registry';
import { useTempDirs } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDirs();

describe('the typed API contract', () => {
  it('has exactly one handler per request, and no handler outside the contract', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    expect(Object.keys(core.handlers).sort()).toEqual(Object.keys(apiContract).sort());
    await core.close();
  });

  it('answers unknown methods and bad inputs with typed errors, never throwing', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'electron' });
    const unknown = await core.dispatch('customers.drop_table', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    for (const input of [null, 42, 'text', [], { id: 'not-a-uuid' }]) {
      const result = await core.dispatch('customers.get', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    const info = await core.dispatch('system.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { transport: 'electron', schemaVersion: LATEST_SCHEMA_VERSION },
    });
    await core.close();
  });
});
