/**
 * Ships source maps with the production client bundles, so errors reported
 * from readers' browsers point at real source lines (and Lighthouse's
 * "valid source maps" best practice holds). The server bundle needs none.
 */
import type { Plugin } from '@docusaurus/types';

export default function productionSourceMaps(): Plugin {
  return {
    name: 'production-source-maps',
    configureWebpack(_config, isServer) {
      return isServer ? {} : { devtool: 'source-map' };
    },
  };
}
