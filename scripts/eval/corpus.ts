// The hand-labelled corpus (tests/corpus/labelled.jsonl), read and checked line by
// line: a malformed item stops the evaluation with its line number rather than
// skewing the numbers quietly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLinks, parseNotes } from '../../cli/score';
import { CLAIM_KINDS, type ClaimKind, LANGS, type Lang, type Link, type Note, VERDICTS, type Verdict } from '../../heuristics/types';

export const CORPUS_PATH = 'tests/corpus/labelled.jsonl';
export const SPLITS = ['train', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface CorpusItem {
  id: string;
  text: string;
  lang: Lang;
  source: string;
  claim: boolean;
  kinds: ClaimKind[];
  verdict: Verdict | null;
  split: Split;
  notes?: Note[];
  links?: Link[];
  why?: string;
}

export class CorpusError extends Error {}

function fail(line: number, message: string): never {
  throw new CorpusError(`${CORPUS_PATH}:${line}: ${message}`);
}

export function parseCorpus(text: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(raw) as Record<string, unknown>;
    } catch (err) {
      fail(line, `not valid JSON: ${(err as Error).message}`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(line, 'not a JSON object');
    const { id, text: t, lang, source, claim, kinds, verdict, split } = v;
    if (typeof id !== 'string' || id === '') fail(line, '"id" must be a non-empty string');
    if (ids.has(id)) fail(line, `duplicate id ${id}`);
    ids.add(id);
    if (typeof t !== 'string' || t.trim() === '') fail(line, `${id}: "text" must be a non-empty string`);
    if (!LANGS.includes(lang as Lang)) fail(line, `${id}: "lang" must be one of ${LANGS.join(', ')}`);
    if (typeof claim !== 'boolean') fail(line, `${id}: "claim" must be true or false`);
    if (!Array.isArray(kinds) || !kinds.every((k) => CLAIM_KINDS.includes(k as ClaimKind))) fail(line, `${id}: "kinds" must be a list of claim kinds`);
    if (claim && (kinds.length === 0 || !VERDICTS.includes(verdict as Verdict))) fail(line, `${id}: a claim needs kinds and a verdict`);
    if (!claim && (kinds.length > 0 || verdict !== null)) fail(line, `${id}: a non-claim has no kinds and a null verdict`);
    if (!SPLITS.includes(split as Split)) fail(line, `${id}: "split" must be train or test`);
    const item: CorpusItem = {
      id,
      text: t,
      lang: lang as Lang,
      source: typeof source === 'string' ? source : '',
      claim,
      kinds: kinds as ClaimKind[],
      verdict: claim ? (verdict as Verdict) : null,
      split: split as Split,
    };
    try {
      if (v.notes !== undefined) item.notes = parseNotes(v.notes);
      if (v.links !== undefined) item.links = parseLinks(v.links);
    } catch (err) {
      fail(line, `${id}: ${(err as Error).message}`);
    }
    if (typeof v.why === 'string') item.why = v.why;
    items.push(item);
  });
  return items;
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readCorpus(path = `${ROOT}${CORPUS_PATH}`): CorpusItem[] {
  return parseCorpus(readFileSync(path, 'utf8'));
}
