/** The full data package, written by scripts/build-package.ts and served with the app. */
export const FULL_PACKAGE_FILE = 'epsos-indicators-data.zip';
export const FULL_PACKAGE_TITLE =
  'epSOS Indicators: eHealth use by general practitioners in Europe, all figures';
export const fullPackageUrl = (base: string) => `${base}data/${FULL_PACKAGE_FILE}`;
