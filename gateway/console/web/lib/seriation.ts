/**
 * An order of members that puts blocs next to each other in the agreement heatmap: the leaf order
 * of average-linkage hierarchical clustering on disagreement (1 − agreement). Pairs without a
 * common roll call count as disagreement 1. Deterministic: ties merge the lowest indices first.
 */
export function blocOrder(members: readonly string[], agreement: (a: string, b: string) => number | null): string[] {
  const n = members.length;
  if (n <= 2) return [...members];
  const distance: number[][] = members.map((a, i) => members.map((b, j) => (i === j ? 0 : 1 - (agreement(a, b) ?? 0))));
  // Each cluster: its leaves in order and its size; distances between clusters kept in `distance` by slot.
  let clusters = members.map((_, i) => ({ slot: i, leaves: [i] }));
  while (clusters.length > 1) {
    let best = { x: 0, y: 1, d: Infinity };
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const d = distance[clusters[x].slot][clusters[y].slot];
        if (d < best.d) best = { x, y, d };
      }
    }
    const a = clusters[best.x];
    const b = clusters[best.y];
    // Average linkage: the new cluster's distance to each other is the size-weighted mean.
    for (const other of clusters) {
      if (other === a || other === b) continue;
      const d = (distance[a.slot][other.slot] * a.leaves.length + distance[b.slot][other.slot] * b.leaves.length) / (a.leaves.length + b.leaves.length);
      distance[a.slot][other.slot] = d;
      distance[other.slot][a.slot] = d;
    }
    const merged = { slot: a.slot, leaves: [...a.leaves, ...b.leaves] };
    clusters = clusters.filter((cluster) => cluster !== a && cluster !== b);
    clusters.splice(best.x, 0, merged);
  }
  return clusters[0].leaves.map((i) => members[i]);
}
