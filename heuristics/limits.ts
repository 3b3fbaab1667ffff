/** Bounds that no honest report exceeds; the engine keeps within them and the schemas refuse anything larger. */
export const LIMITS = { text: 4000, short: 500, claims: 3000, flags: 40, evidence: 80, signals: 40, also: 20 } as const;
