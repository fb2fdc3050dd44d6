// LoggingDatastore: the conformance suite plus the log lines it writes.

import { expect, it } from 'vitest';
import { DictDatastore, LoggingDatastore, Query } from '@project-hub/datastore';
import { testStore } from './conformance';

testStore({
  name: 'LoggingDatastore',
  create: () => new LoggingDatastore(new DictDatastore(), { logger: () => {} }),
  extra: () => {
    it('logs every operation before passing it on', async () => {
      const lines: string[] = [];
      const child = new DictDatastore();
      const ds = new LoggingDatastore(child, { logger: (line) => lines.push(line) });
      await ds.put('/a', 1);
      await ds.get('/a');
      await ds.contains('/a');
      await ds.query(new Query('/'));
      await ds.delete('/a');
      expect(lines).toEqual([
        '[datastore] [logging] put /a',
        '[datastore] [logging] get /a',
        '[datastore] [logging] contains /a',
        '[datastore] [logging] query {"key":"/"}',
        '[datastore] [logging] delete /a',
      ]);
      expect(child.size).toBe(0);
    });
    it('Regression: logs a query whose filter value is a bigint instead of throwing', async () => {
      const lines: string[] = [];
      const ds = new LoggingDatastore(new DictDatastore(), { logger: (line) => lines.push(line) });
      await ds.put('/a/x', { n: 5n });
      const cursor = await ds.query(new Query('/a').filter('n', '>', 1n));
      expect(await cursor.toArray()).toEqual([{ n: 5n }]);
      expect(lines[1]).toBe('[datastore] [logging] query {"key":"/a","filter":[["n",">","1n"]]}');
    });
    it('accepts a console-like logger with a debug method', async () => {
      const lines: string[] = [];
      await new LoggingDatastore(new DictDatastore(), {
        logger: { debug: (l) => lines.push(l) },
      }).get('/x');
      expect(lines).toEqual(['[datastore] [logging] get /x']);
    });
    it('refuses a logger that cannot log', () => {
      expect(() => new LoggingDatastore(new DictDatastore(), { logger: 1 as never })).toThrow(
        '[datastore] [logging] option logger must be a function or have a debug method, got number 1',
      );
    });
  },
});
