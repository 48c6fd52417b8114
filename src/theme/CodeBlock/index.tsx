// Change: a `live` block renders our sandboxed runner, loaded only when a reader
// reaches for it, instead of react-live's main-thread preview. Other listings
// render the classic theme's string content directly: the classic CodeBlock
// remounts every block after hydration to swap the light theme's inline colours
// for the current mode's, and ours (CodeBlock/Content) have no inline colours.
// Element children and line-numbered blocks keep the classic path
// (@theme-init skips the live theme's eager wrapper).
import React, { type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import OriginalCodeBlock from '@theme-init/CodeBlock';
import StringContent from '@theme/CodeBlock/Content/String';
import { getLineNumbersStart } from '@docusaurus/theme-common/internal';
import LiveSample from '@site/src/components/LiveSample';

export default function CodeBlock(props: Props): ReactNode {
  const { children, metastring, showLineNumbers, className } = props;
  if (typeof children !== 'string') return <OriginalCodeBlock {...props} />;
  if (metastring?.split(/\s+/).includes('live')) {
    const kind = className?.split(/\s+/).includes('language-python') ? 'python' : 'typescript';
    return <LiveSample kind={kind} code={children} metastring={metastring} />;
  }
  if (getLineNumbersStart({ showLineNumbers, metastring }) !== undefined) {
    return <OriginalCodeBlock {...props} />;
  }
  return <StringContent {...props}>{children}</StringContent>;
}
