/**
 * A verdict per budget. A figure fails only when it exceeds its budget by more
 * than the margin this machine's noise needs, so a FAIL means a regression and
 * not a busy neighbour; a figure over budget but within the margin passes and
 * says so. Margins are in runner.bench.ts beside the budgets, with the spread
 * they come from.
 */
export interface Budget {
  name: string;
  figure: number;
  /** The figure may be at most this. */
  limit: number;
  /** How far over the limit noise alone has taken the figure; 0 for a deterministic figure. */
  margin: number;
  unit: string;
}

export function verdict({ name, figure, limit, margin, unit }: Budget): { line: string; failed: boolean } {
  const failed = figure > limit + margin;
  const over =
    figure > limit && !failed
      ? ` (over the budget by ${(figure - limit).toFixed(1)}, within the margin)`
      : '';
  const noise = margin > 0 ? `, noise margin ${margin} ${unit}` : ', deterministic';
  return {
    line: `${failed ? 'FAIL' : 'PASS'}  ${name}: ${figure.toFixed(figure < 10 ? 2 : 1)} ${unit} (budget ≤ ${limit} ${unit}${noise})${over}`,
    failed,
  };
}
