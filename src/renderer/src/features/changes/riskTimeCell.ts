/** A risk view's cell holding an instant: it stays on one line, however narrow the window. */
export const RISK_TIME_CELL = 'risk-time';
