import { readFileSync } from 'node:fs';
import { writeHubspotExport } from '../test/bench/canvas/actuals-bench';
import { readExportBytes } from '../shared/actuals/read-export';
import { recogniseExport } from '../shared/actuals/recognise';
import { readRecords } from '../shared/actuals/records';
import { aggregateActuals } from '../shared/actuals/aggregate';
import { matchStages } from '../shared/actuals/match-stages';
const { path } = writeHubspotExport();
const bytes = new Uint8Array(readFileSync(path));
const read = await readExportBytes(bytes);
const table = read.table!;
const planStages = [{id:'a',name:'Lead'},{id:'b',name:'MQL'},{id:'c',name:'SQL'},{id:'d',name:'Opportunity'},{id:'e',name:'Customer'}];
for (let i = 0; i < 4; i++) {
  let t = performance.now();
  const shape = recogniseExport(table.headers)!;
  const profile = { ...shape, dayOrder: null, feedback: null, planStages: matchStages(shape.stages.map(s=>s.name), planStages) };
  const rec = performance.now() - t;
  t = performance.now();
  const targets = planStages.map(s => ({ key: s.id, name: s.name }));
  const r = readRecords(table, profile, targets);
  const rr = performance.now() - t;
  t = performance.now();
  aggregateActuals(r.records, targets, 'passThrough');
  const ag = performance.now() - t;
  console.log({ rec, rr, ag, n: r.records.length });
}
