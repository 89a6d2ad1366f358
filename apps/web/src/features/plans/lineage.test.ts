import { describe, expect, it } from 'vitest';
import { type LineageNode, lineageChain } from './lineage';

const ref = (planId: number | null, symbol: string) => ({ planId, key: null, symbol, title: null });

function outline(nodes: LineageNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.refs.map((r) => r.symbol).join(' + ')}${n.current ? ' *' : ''}`,
    ...outline(n.children, depth + 1),
  ]);
}

describe('lineageChain', () => {
  it('nests the plans above, this plan and the plans below', () => {
    const tree = lineageChain([[ref(1, '1520/QĐ-TTg')], [ref(2, '68/KH-UBND')]], ref(3, '24/KH-UBND'), [
      ref(4, 'x'),
      ref(null, 'y'),
    ]);
    expect(outline(tree)).toEqual(['1520/QĐ-TTg', '  68/KH-UBND', '    24/KH-UBND *', '      x', '      y']);
  });

  it('keeps several plans of one level together, and stands alone without lineage', () => {
    expect(
      outline(lineageChain([[ref(null, '4538/KH-UBND'), ref(null, '1346/QĐ-BVHTTDL')]], ref(5, 'KH'), [])),
    ).toEqual(['4538/KH-UBND + 1346/QĐ-BVHTTDL', '  KH *']);
    expect(outline(lineageChain([], ref(1, '1520'), []))).toEqual(['1520 *']);
  });
});
