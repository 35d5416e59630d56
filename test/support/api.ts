/**
 * The functions README promises, by area (issue #2). The robustness sweep does not use this
 * list: it reads the package's real exports, helpers included.
 */
export const CORE_FUNCTIONS = {
  growth: [
    'developmentIndex',
    'growthRate',
    'cagr',
    'averageGrowth',
    'requiredGrowth',
    'requiredAverageGrowth',
    'project',
    'yearsToTarget',
    'contributions',
  ],
  coverage: ['coverageRatio', 'perPopulation', 'share', 'structure', 'structuralShift', 'coverageGap'],
  attainment: [
    'attainment',
    'gap',
    'progress',
    'status',
    'statusLabel',
    'cumulativeAttainment',
    'onTrack',
    'projectedAttainment',
  ],
  numbers: ['parseLocaleNumber', 'formatNumber', 'roundHalfAwayFromZero', 'parseTarget'],
} as const;
