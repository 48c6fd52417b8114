// Change: adds <SamplePair> to every doc, so pages name pairs by id without imports.
import MDXComponents from '@theme-original/MDXComponents';
import SamplePair from '@site/src/components/SamplePair';

export default {
  ...MDXComponents,
  SamplePair,
};
