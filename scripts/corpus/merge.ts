// Joins the labelling passes into tests/corpus/real.jsonl. Two readers label every
// sentence without seeing each other's labels (pass a and pass b); where they disagree on
// the label or on a claim's verdict, a third reading settles it. Both original readings
// stay in the file.
//   npx tsx scripts/corpus/merge.ts disagreements A.jsonl B.jsonl > todo.jsonl
//       the items the third reading must settle, with both readings
//   npx tsx scripts/corpus/merge.ts write A.jsonl B.jsonl THIRD.jsonl
//       write the labels into tests/corpus/real.jsonl
//   add --file tests/corpus/real-more.jsonl to either for the second draw
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../eval/corpus';
import { MORE_PATH, REAL_PATH } from '../eval/real';

interface Reading {
  id: string;
  label: 'claim' | 'puffery' | 'no';
  kinds: string[];
  verdict: string | null;
}

const read = (path: string): Map<string, Reading> => {
  const out = new Map<string, Reading>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Reading;
    const label = r.label;
    out.set(r.id, {
      id: r.id,
      label,
      kinds: label === 'claim' ? [...(r.kinds ?? [])].sort() : [],
      verdict: label === 'claim' ? (r.verdict ?? 'unsupported') : null,
    });
  }
  return out;
};

const strip = ({ label, kinds, verdict }: Reading) => ({ label, kinds, verdict });
const disagree = (a: Reading, b: Reading) => a.label !== b.label || a.verdict !== b.verdict;

const args = process.argv.slice(2);
const at = args.indexOf('--file');
const file = at >= 0 ? args.splice(at, 2)[1] : REAL_PATH;
if (file !== REAL_PATH && file !== MORE_PATH) throw new Error(`--file must be ${REAL_PATH} or ${MORE_PATH}`);
const [mode, aPath, bPath, thirdPath] = args;
if (!mode || !aPath || !bPath) throw new Error('usage: merge.ts disagreements|write A.jsonl B.jsonl [THIRD.jsonl] [--file PATH]');
const a = read(aPath);
const b = read(bPath);
const target = resolve(ROOT, file);
const rows = readFileSync(target, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record<string, unknown>);
for (const r of rows) if (!a.has(String(r.id)) || !b.has(String(r.id))) throw new Error(`${String(r.id)} lacks a reading`);

if (mode === 'disagreements') {
  for (const r of rows) {
    const ra = a.get(String(r.id)) as Reading;
    const rb = b.get(String(r.id)) as Reading;
    if (disagree(ra, rb)) console.log(JSON.stringify({ id: r.id, lang: r.lang, text: r.text, first: strip(ra), second: strip(rb) }));
  }
} else if (mode === 'write') {
  if (!thirdPath) throw new Error('write needs the third reading');
  const third = read(thirdPath);
  const out = rows.map((r) => {
    const id = String(r.id);
    const ra = a.get(id) as Reading;
    const rb = b.get(id) as Reading;
    const { id: _, text, lang, origin, source, split } = { ...r, id } as Record<string, unknown>;
    if (!disagree(ra, rb)) {
      const kinds = [...new Set([...ra.kinds, ...rb.kinds])].sort();
      return { id, text, lang, origin, source, split, ...strip(ra), kinds, a: strip(ra), b: strip(rb), settled: 'agreed' };
    }
    const t = third.get(id);
    if (!t) throw new Error(`${id}: the readings disagree and the third reading is missing`);
    return { id, text, lang, origin, source, split, ...strip(t), a: strip(ra), b: strip(rb), settled: 'third' };
  });
  writeFileSync(target, `${out.map((o) => JSON.stringify(o)).join('\n')}\n`);
  console.log(`Wrote labels for ${out.length} sentences; ${out.filter((o) => o.settled === 'third').length} settled by the third reading.`);
}
