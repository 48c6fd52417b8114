// Change: a listing's copy and word-wrap buttons render once it has come near the
// screen (CodeBlock/Content/String), not all at once after hydration: on the
// sample-heavy article that was 57 button groups with their icons in one task
// (about 40 ms under Lighthouse's mobile CPU). Keyboard users reach them as
// before: focusing a listing scrolls it into view, which renders its buttons.
import React, { useContext, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Buttons';
import OriginalButtons from '@theme-original/CodeBlock/Buttons';
import { CodeBlockSeenContext } from '../Content/String';

export default function CodeBlockButtons(props: Props): ReactNode {
  return useContext(CodeBlockSeenContext) ? <OriginalButtons {...props} /> : null;
}
