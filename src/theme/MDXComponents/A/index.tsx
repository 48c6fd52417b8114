// Change: marks links that leave the site with the theme's external-link icon (and its translated
// "opens in new tab" label), as the navbar and footer already do.
import React, { type ReactNode } from 'react';
import A from '@theme-original/MDXComponents/A';
import IconExternalLink from '@theme/Icon/ExternalLink';
import type { Props } from '@theme/MDXComponents/A';

export default function MDXA(props: Props): ReactNode {
  const external = /^https?:\/\//.test(props.href ?? '');
  return external ? (
    <A {...props}>
      {props.children}
      <IconExternalLink />
    </A>
  ) : (
    <A {...props} />
  );
}
