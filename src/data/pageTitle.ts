/** The names a page carries in the browser's tab and in a link's preview (the edge, src/app/edge). */

export const DASHBOARD_NAME = 'epSOS Indicators';

/** The tab title of a dashboard view: the chart's title, then the dashboard's name. */
export const viewPageTitle = (chartTitle: string): string => `${chartTitle} · ${DASHBOARD_NAME}`;

/** The tab title of a country's brief. */
export const briefPageTitle = (countryName: string): string =>
  `${countryName}: country brief · ${DASHBOARD_NAME}`;
