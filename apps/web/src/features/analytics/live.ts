/**
 * How an open dashboard stays live. It asks the server every LIVE_POLL_MS when the unit's figures last changed
 * (one index read) and fetches the figures again only when that moves; the server updates them in the
 * transaction that approves a report, so an approval shows within this time. The figures are also asked again
 * every LIVE_REFRESH_MS and on coming back to the tab. Its own module, without imports, so the browser test can
 * wait for exactly these times.
 */
export const LIVE_POLL_MS = 250;
export const LIVE_REFRESH_MS = 60_000;
