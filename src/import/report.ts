/** The importer's report: what was converted, what was skipped and why, what needs a look. */
import type { ImportPlan } from './convert.ts';
import type { WriteResult } from './write-plan.ts';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function formatReport(plan: ImportPlan, written: WriteResult, options: { dryRun: boolean; sourceDir: string }): string {
  const lines: string[] = [];
  const drafts = plan.posts.filter((p) => p.draft).length;
  const folders = plan.posts.filter((p) => p.assets.length).length;
  lines.push(
    `Read ${options.sourceDir} as a ${plan.kind === 'markdown' ? 'folder of Markdown' : `${plan.kind[0]!.toUpperCase()}${plan.kind.slice(1)} site`}; dates without an offset read in ${plan.timeZone}.`,
  );
  for (const p of plan.problems) lines.push(`warning: ${p}`);
  lines.push(
    `${options.dryRun ? 'Would convert' : 'Converted'} ${plural(plan.posts.length, 'post')}` +
      `${folders ? ` (${folders} as folders with their files)` : ''}${drafts ? `, ${plural(drafts, 'draft')} kept as drafts` : ''}` +
      `${plan.staticFiles.length ? `; ${plural(plan.staticFiles.length, 'static file')} copied under public/` : ''}.`,
  );
  const conversions = Object.entries(plan.conversions).sort((a, b) => b[1] - a[1]);
  if (conversions.length) lines.push(`  ${conversions.map(([what, n]) => `${what} ×${n}`).join(', ')}`);
  const dropped = Object.entries(plan.droppedFields).sort((a, b) => b[1] - a[1]);
  if (dropped.length) lines.push(`Fields with no Quire meaning, left out: ${dropped.map(([f, n]) => `${f} (${n})`).join(', ')}`);
  if (plan.skipped.length) {
    lines.push(`Skipped ${plural(plan.skipped.length, 'file')}:`);
    for (const s of [...plan.skipped].sort((a, b) => a.file.localeCompare(b.file)))
      lines.push(`  ${options.sourceDir.replace(/\/+$/, '')}/${s.file}: ${s.reason}`);
  }
  if (written.refused.length) {
    lines.push(`Not overwritten (${written.refused.length} already exist; --force replaces them):`);
    for (const f of written.refused) lines.push(`  ${f}`);
  }
  if (plan.notes.length) {
    lines.push(`Needs a look (${plan.notes.length}):`);
    const sorted = [...plan.notes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const dir = options.sourceDir.replace(/\/+$/, '');
    for (const n of sorted) lines.push(`  ${dir}/${n.file}:${n.line}: ${n.message}`);
  }
  lines.push(
    options.dryRun
      ? `Dry run: nothing written (${plural(written.written.length, 'file')} would be).`
      : `Wrote ${plural(written.written.length, 'file')}.`,
  );
  return lines.join('\n');
}
