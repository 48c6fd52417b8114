/**
 * Compare: once both sides of a pair have run, either side can show the two
 * outputs line against line, as one column (the docs column is too narrow for
 * two): lines both printed, then each side's own lines marked. Numbers are set
 * aside (a timing or an id differs from run to run), so what is compared is
 * what the twin promises: it prints what the Python prints.
 */
import React, { useEffect, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { diffLines, readOutputs, subscribeOutputs } from './pairOutputs';
import styles from './styles.module.css';

const MARK = { both: ' ', python: '−', typescript: '+' } as const;

export default function Compare({ sampleId }: { sampleId: string }): ReactNode {
  const [outputs, setOutputs] = useState(() => readOutputs(sampleId));
  const [open, setOpen] = useState(false);
  useEffect(() => subscribeOutputs(sampleId, () => setOutputs(readOutputs(sampleId))), [sampleId]);
  if (!outputs.python || !outputs.typescript) return null;
  const rows = diffLines(outputs.python, outputs.typescript);
  const differing = rows.filter((row) => row.side !== 'both').length;
  return (
    <div className={styles.compare}>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-action="compare"
        aria-expanded={open}
        onClick={() => setOpen((shown) => !shown)}
      >
        {translate({
          id: 'liveSample.compare.button',
          message: 'Compare the Python and TypeScript outputs',
          description: 'Shows both outputs of the pair, line against line',
        })}
      </button>
      {open ? (
        <div data-testid="compare" data-differing={differing}>
          <p className={styles.compareSummary}>
            {differing === 0
              ? translate({
                  id: 'liveSample.compare.same',
                  message: 'The same output, line for line (numbers such as timings aside).',
                  description: 'Compare: the two outputs match',
                })
              : translate(
                  {
                    id: 'liveSample.compare.differ',
                    message: '{count} lines differ: − only the Python printed it, + only the TypeScript did.',
                    description: 'Compare: how many lines differ, and the legend of the marks',
                  },
                  { count: differing },
                )}
          </p>
          <pre className={styles.compareRows}>
            {rows.map((row, index) => (
              <div key={index} data-diff={row.side} className={styles[`diff_${row.side}`]}>
                {`${MARK[row.side]} ${row.text}`}
              </div>
            ))}
          </pre>
        </div>
      ) : null}
    </div>
  );
}
