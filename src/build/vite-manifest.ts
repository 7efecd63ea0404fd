/** Reads Vite's build manifest: which built files a source module needs. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
export type ViteManifest = Record<string, ManifestChunk>;

/** The chunk files of `sources` and everything they import statically, minus those in `skip`. */
export function chunkFiles(manifest: ViteManifest, sources: string[], skip: Set<string> = new Set()): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file) || skip.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  sources.forEach(visit);
  return [...files];
}

/**
 * What every page loads to start the app: the entry with what it imports (Vite writes
 * them into the HTML template), then the steps the entry imports one by one
 * (src/app/entry-client.ts) with what they import, which the pages preload themselves.
 */
export function startChunks(manifest: ViteManifest): { entry: string[]; steps: string[] } {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const entry = chunkFiles(manifest, [key]);
  return { entry, steps: chunkFiles(manifest, manifest[key]!.dynamicImports ?? [], new Set(entry)) };
}
