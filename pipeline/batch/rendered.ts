// What a batch worker writes for one file, to the spool or the cache: its counts
// and its output already rendered (output/stream.ts Fragments). Serialising JSON
// and CSV happens in the workers, in parallel; the main thread only concatenates.
import type { FileResult } from '../convert.ts';
import { renderFragments, type Fragments } from '../output/stream.ts';
import { statsOf, type FileStats } from './stats.ts';

export interface RenderedResult {
  stats: FileStats;
  fragments: Fragments;
}

export async function renderResult(r: FileResult): Promise<RenderedResult> {
  return { stats: statsOf(r), fragments: await renderFragments(r) };
}
