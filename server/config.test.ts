import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('the command line', () => {
  it('reads the files a user names from the folder they typed npm in', () => {
    const config = parseConfig(
      ['--scenario', 'shipments.csv', '--hubs', 'hubs.csv', '--operation', 'operation.csv'],
      { INIT_CWD: '/srv/sheets' },
    );
    expect([config.scenario, config.hubs, config.operation]).toEqual([
      '/srv/sheets/shipments.csv',
      '/srv/sheets/hubs.csv',
      '/srv/sheets/operation.csv',
    ]);
  });

  it('finds its own files (the bundled scenario, the built display, the event log) in the project', () => {
    const config = parseConfig([], { INIT_CWD: '/srv/sheets' });
    expect(config.scenario).toBe(resolve('data/scenarios/airlift-2020.json'));
    expect(config.clientDir).toBe(resolve('dist/client'));
    expect(config.dataDir).toBe(resolve('var'));
  });
});
