// Change: a `live` block renders our sandboxed runner, loaded only when a reader
// reaches for it, instead of react-live's main-thread preview. Other blocks are
// the classic theme's own (@theme-init skips the live theme's eager wrapper).
import React, { type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import OriginalCodeBlock from '@theme-init/CodeBlock';
import LiveSample from '@site/src/components/LiveSample';

export default function CodeBlock(props: Props): ReactNode {
  const live = props.metastring?.split(/\s+/).includes('live') ?? false;
  if (live && typeof props.children === 'string') {
    return <LiveSample code={props.children} metastring={props.metastring} />;
  }
  return <OriginalCodeBlock {...props} />;
}
