/** Reads Vite's build manifest: which built files a source module needs. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
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

export function entryKey(manifest: ViteManifest): string {
  return Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
}
