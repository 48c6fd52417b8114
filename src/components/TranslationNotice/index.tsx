/**
 * Tells readers that this translation predates the current version of its
 * source page (the build adds it; see plugins/remarkTranslationNotice.ts).
 */
import React, { type ReactNode } from 'react';
import Admonition from '@theme/Admonition';
import Translate from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
// The locale dropdown's own helper: the same page in another locale, base URL included.
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export default function TranslationNotice({ source }: { source: string }): ReactNode {
  const { createUrl } = useAlternatePageUtils();
  const { i18n } = useDocusaurusContext();
  return (
    <Admonition type="info">
      <Translate
        id="translationNotice.stale"
        description="Shown on a translated page whose source changed after it was translated"
        values={{
          original: (
            <Link to={`pathname://${createUrl({ locale: source, fullyQualified: false })}`} hrefLang={source}>
              {i18n.localeConfigs[source]?.label ?? source}
            </Link>
          ),
        }}
      >
        {
          'The {original} original of this page has changed since it was translated, so this translation may be out of date.'
        }
      </Translate>
    </Admonition>
  );
}
