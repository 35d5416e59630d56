/** The functions the core must export, by area, as issue #2 names them. */
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

export const ALL_CORE_FUNCTIONS: readonly string[] = Object.values(CORE_FUNCTIONS).flat();
