// Change: adds <SamplePair>, <TranslationNotice> and <PhrasebookLink> to every doc, so pages (and our remark plugins) use them without imports.
import MDXComponents from '@theme-original/MDXComponents';
import SamplePair from '@site/src/components/SamplePair';
import TranslationNotice from '@site/src/components/TranslationNotice';
import PhrasebookLink from '@site/src/components/PhrasebookLink';

export default {
  ...MDXComponents,
  SamplePair,
  TranslationNotice,
  PhrasebookLink,
};
