/** A generated post's text: front matter from its plan, and a body of Markdown blocks up to its planned size. */
import { blockquote, codeBlock, heading, list, paragraph, table, type BodyContext } from './blocks.ts';
import type { Plan } from './plan.ts';
import { mix, Rng } from './rng.ts';
import { yamlScalar } from './vocabulary.ts';

export function body(plan: Plan, plans: Plan[], seed: number): string {
  const rng = new Rng(mix(seed, plan.index + 1));
  // Links go to earlier published posts only (they exist and are not drafts).
  const linkable: Plan[] = [];
  if (plan.index > 0 && rng.chance(0.3)) {
    for (let k = rng.int(1, 3); k > 0; k--) {
      const target = plans[rng.int(Math.max(0, plan.index - 2000), plan.index - 1)]!;
      if (!target.draft) linkable.push(target);
    }
  }
  const ctx: BodyContext = { rng, linkable, footnotes: [], wantFootnotes: rng.chance(0.15) };
  const blocks: string[] = [];
  let size = 0;
  const add = (block: string) => {
    blocks.push(block);
    size += block.length + 2;
  };

  if (plan.author && rng.chance(0.7)) add(`*A guest post from ${plan.author}.*`);
  add(paragraph(ctx));
  if (rng.chance(0.5)) add(paragraph(ctx));
  if (rng.chance(0.2)) add('<!-- more -->');

  let codeBlocks = 0;
  const target = plan.targetBytes - 200;
  while (size < target) {
    add(`## ${heading(rng)}`);
    const sectionBlocks = rng.int(2, 6);
    for (let b = 0; b < sectionBlocks && size < target; b++) {
      const r = rng.next();
      if (plan.hasCode && (codeBlocks === 0 ? r < 0.3 : r < 0.1)) {
        add(codeBlock(rng));
        codeBlocks++;
      } else if (r < 0.55) add(paragraph(ctx));
      else if (r < 0.67) add(list(ctx, false));
      else if (r < 0.74) add(list(ctx, true));
      else if (r < 0.84) {
        add(`### ${heading(rng)}`);
        add(paragraph(ctx));
      } else if (r < 0.89) add(blockquote(ctx));
      else if (r < 0.92) add(table(rng));
      else add(paragraph(ctx));
    }
  }
  if (plan.hasCode && codeBlocks === 0) add(codeBlock(rng));
  if (ctx.footnotes.length) add(ctx.footnotes.map((f, i) => `[^${i + 1}]: ${f}`).join('\n'));
  return blocks.join('\n\n') + '\n';
}

export function frontMatter(plan: Plan, rng: Rng): string {
  const lines = ['---', `title: ${JSON.stringify(plan.title)}`, `date: ${plan.date}`];
  if (plan.updated) lines.push(`updated: ${plan.updated}`);
  if (plan.summary) lines.push(`summary: ${JSON.stringify(plan.summary)}`);
  if (plan.author) lines.push(`author: ${plan.author}`);
  if (rng.chance(0.2)) lines.push('tags:', ...plan.tags.map((t) => `  - ${yamlScalar(t)}`));
  else lines.push(`tags: [${plan.tags.map(yamlScalar).join(', ')}]`);
  if (plan.series) {
    lines.push(`series: ${yamlScalar(plan.series.name)}`);
    if (plan.series.order !== undefined) lines.push(`seriesOrder: ${plan.series.order}`);
  }
  if (plan.draft) lines.push('draft: true');
  lines.push('---', '');
  return lines.join('\n');
}
