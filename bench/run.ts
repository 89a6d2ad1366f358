import { analyticsBench } from './analytics.bench';
import { documentsBench } from './documents.bench';
import { foundationBench } from './foundation.bench';
import { portalBench } from './portal.bench';
import { reportingBench } from './reporting.bench';

/**
 * `npm run bench`: the numbers of DESIGN.md §5 that exist so far, each beside a reference measured in the same
 * run (these machines are shared, so absolute times drift; ratios hold). Results go to docs/benchmarks.md.
 */
const lines = await foundationBench();
lines.push('', ...(await reportingBench()));
lines.push('', ...(await analyticsBench()));
lines.push('', ...(await documentsBench()));
lines.push('', ...(await portalBench()));
console.log(`\n${lines.join('\n')}`);
process.exit(0);
