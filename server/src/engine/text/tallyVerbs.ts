// Verbs that set or move a tally to a figure: "raised the death toll ... to 660", "brought their tally to 115",
// "bringing to 305 the number of people missing". One table for the quantity reader (a measure named as the verb's
// object before "to <figure>") and the claim reader (a tally named after the figure), so a verb added here counts in both.
export const TALLY_MOVING_VERBS: ReadonlySet<string> = new Set([
  'raise', 'raises', 'raised', 'raising', 'lower', 'lowers', 'lowered', 'lowering',
  'revise', 'revises', 'revised', 'revising', 'increase', 'increases', 'increased', 'increasing',
  'reduce', 'reduces', 'reduced', 'reducing', 'update', 'updates', 'updated', 'updating', 'upgraded', 'downgraded',
  'bring', 'brings', 'brought', 'bringing', 'push', 'pushes', 'pushed', 'pushing',
  'take', 'takes', 'took', 'taking', 'lift', 'lifts', 'lifted', 'lifting',
]);
