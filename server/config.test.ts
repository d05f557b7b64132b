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

  it('lets any site frame the display unless a list is given', () => {
    expect(parseConfig([], {}).frameAncestors).toEqual(['*']);
    const listed = { CORRIDOR_FRAME_ANCESTORS: ' https://news.example https://*.paper.example ' };
    expect(parseConfig([], listed).frameAncestors).toEqual([
      'https://news.example',
      'https://*.paper.example',
    ]);
    expect(parseConfig([], { CORRIDOR_FRAME_ANCESTORS: "'none'" }).frameAncestors).toEqual(["'none'"]);
  });

  it('refuses a frame-ancestors list that would end the directive', () => {
    const hostile = { CORRIDOR_FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'" };
    expect(() => parseConfig([], hostile)).toThrow(
      /CORRIDOR_FRAME_ANCESTORS: expected CSP sources separated by spaces/,
    );
  });

  it('reads the control page’s other origins, comma-separated', () => {
    const env = { CORRIDOR_CONTROL_ORIGINS: 'https://tablet.example, https://ops.example' };
    expect(parseConfig([], env).controlOrigins).toEqual(['https://tablet.example', 'https://ops.example']);
    expect(parseConfig([], {}).controlOrigins).toEqual([]);
  });
});
