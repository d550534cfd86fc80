/** How data that came in a link is named on screen. */
export const LINKED_LABEL = 'data from the link';
