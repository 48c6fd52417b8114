/**
 * The footer's copyright line, and under it, once this locale's pages are saved in the browser,
 * that the site can be read offline (src/offline/).
 */
import React, { type ReactNode } from 'react';
import Copyright from '@theme-original/Footer/Copyright';
import type CopyrightType from '@theme/Footer/Copyright';
import type { WrapperProps } from '@docusaurus/types';
import { translate } from '@docusaurus/Translate';
import { useAvailableOffline } from '@site/src/offline/offlineState';

type Props = WrapperProps<typeof CopyrightType>;

export default function CopyrightWrapper(props: Props): ReactNode {
  const availableOffline = useAvailableOffline();
  return (
    <>
      <Copyright {...props} />
      <p className="margin-top--sm margin-bottom--none" role="status" data-testid="offline-status">
        {availableOffline
          ? translate({
              id: 'offline.available',
              message:
                'Available offline: the pages in this language and their runner are saved in this browser.',
              description:
                'Footer, shown once the service worker has saved the locale’s pages (and the TypeScript runner) for reading without a network',
            })
          : null}
      </p>
    </>
  );
}
