import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { writeHubspotExport } from '/work/main/test/bench/canvas/actuals-bench';
import { readExportBytes } from '/work/main/shared/actuals/read-export';
import { analyseExport } from '/work/main/shared/actuals/analyse';
import { readCsvText } from '/work/main/shared/actuals/table';
const { path, text } = writeHubspotExport();
const bytes = new Uint8Array(readFileSync(path));
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  Papa.parse(text, { skipEmptyLines: false });
  const papa = performance.now() - t;
  t = performance.now();
  const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const dec = performance.now() - t;
  t = performance.now();
  readCsvText(decoded);
  const csv = performance.now() - t;
  t = performance.now();
  const read = await readExportBytes(bytes);
  const all = performance.now() - t;
  t = performance.now();
  const a = analyseExport(read.table!, { planStages: [{id:'a',name:'Lead'},{id:'b',name:'MQL'},{id:'c',name:'SQL'},{id:'d',name:'Opportunity'},{id:'e',name:'Customer'}] });
  const an = performance.now() - t;
  console.log({ papa, dec, csv, readBytes: all, analyse: an, records: a.figures?.records });
}
