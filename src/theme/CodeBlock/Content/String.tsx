// Change (from theme-classic 3.10.2): the block's metadata is memoized, and the
// work for its buttons waits until the listing comes on screen: the word-wrap
// measurement (the classic hook reads each listing's scrollWidth as it mounts,
// and on a page of 60 listings each read forced a new layout: about 0.4 s of main
// thread under Lighthouse's mobile CPU) and the buttons themselves (see
// CodeBlock/Buttons).
import React, {
  createContext,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useThemeConfig } from '@docusaurus/theme-common';
import { CodeBlockContextProvider, createCodeBlockMetadata } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content/String';
import CodeBlockLayout from '@theme/CodeBlock/Layout';

type WordWrap = Parameters<typeof CodeBlockContextProvider>[0]['wordWrap'];

/** Whether the listing has come near the screen yet (true outside our string blocks). */
export const CodeBlockSeenContext = createContext(true);

/**
 * useCodeWordWrap of theme-common, measuring lazily: whether the code scrolls
 * sideways (which shows the word-wrap button) is read when the listing comes
 * near the viewport (an IntersectionObserver also sees a hidden tab being
 * shown), on resize, and on toggle; observers report after layout, so the reads
 * are cheap. `seen` turns true the first time.
 */
function useVisibleCodeWordWrap(): WordWrap & { seen: boolean } {
  const [seen, setSeen] = useState(false);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const update = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(
      pre.scrollWidth > pre.clientWidth || pre.querySelector('code')!.hasAttribute('style'),
    );
  }, []);
  const toggle = useCallback(() => {
    const code = codeBlockRef.current!.querySelector('code')!;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long words and strings wrap too: no scrollbar at all.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
    update();
  }, [isEnabled, update]);
  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setSeen(true);
        update();
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(pre);
    window.addEventListener('resize', update, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [update]);
  return { codeBlockRef, isEnabled, isCodeScrollable, toggle, seen };
}

export default function CodeBlockString(props: Props): ReactNode {
  const { prism } = useThemeConfig();
  const { children, className, metastring, language, title, showLineNumbers } = props;
  // Built once: CodeBlock/Content highlights again whenever the metadata changes.
  const metadata = useMemo(
    () =>
      createCodeBlockMetadata({
        code: children,
        className,
        metastring,
        magicComments: prism.magicComments,
        defaultLanguage: prism.defaultLanguage,
        language,
        title,
        showLineNumbers,
      }),
    [children, className, metastring, language, title, showLineNumbers, prism],
  );
  const { seen, ...wordWrap } = useVisibleCodeWordWrap();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <CodeBlockSeenContext.Provider value={seen}>
        <CodeBlockLayout />
      </CodeBlockSeenContext.Provider>
    </CodeBlockContextProvider>
  );
}
