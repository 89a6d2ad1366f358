/** How a target reads on screen: shared with the server's documents (packages/shared domain/figure-format.ts). */
export {
  asUnit,
  formatBaseline,
  formatTarget,
  type IndicatorUnit,
  isRange,
  type TargetValue,
  targetMidpoint,
  targetTop,
  UNIT_SUFFIX,
} from '@suotdoi/shared';
