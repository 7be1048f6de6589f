/**
 * Column counts for the careers index's card groups (one group per area), so that no group ends
 * with a single card alone on a row. Pure: no DOM, no `astro:` imports.
 *
 * The index lays the groups out on a shared grid of `max` equal columns (4, 3, 2 or 1 by the
 * width available): a group with no more cards than columns spans as many columns as it has
 * cards, so small groups sit side by side (three cards of one area beside the one card of
 * another); a larger group spans the whole row and picks its own column count.
 */

/** How one group of cards is laid out on a grid of `max` columns. */
export interface GroupColumns {
  /** Columns of the shared grid the group spans. */
  span: number;
  /** Columns of the group's own card grid (equal to `span` unless that would leave an orphan). */
  columns: number;
}

/**
 * Lays out a group of `cards` cards on a grid of `max` columns. A group that fits in one row
 * spans as many columns as it has cards. A larger group spans the row and takes the most columns
 * (at most `max`) whose last row does not hold one card alone: 4 cards on 3 columns become 2 + 2,
 * 5 on 4 become 3 + 2; one column when nothing else avoids it (3 cards on 2 columns).
 */
export function groupColumns(cards: number, max: number): GroupColumns {
  if (!Number.isInteger(cards) || cards < 1)
    throw new RangeError(`cards must be a positive integer, got ${cards}`);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
  if (cards <= max) return { span: cards, columns: cards };
  for (let columns = max; columns > 1; columns--) {
    if (cards % columns !== 1) return { span: max, columns };
  }
  return { span: max, columns: 1 };
}
