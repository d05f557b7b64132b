/**
 * Scenario time runs from an anchor: scenarioNow = anchorScenario + (wallNow - anchorWall) * rate.
 * The server owns this state and sends it only when it changes; each screen computes the time itself.
 */
export interface ClockState {
  anchorScenario: number;
  anchorWall: number;
  rate: number;
  paused: boolean;
}

export function scenarioNow(clock: ClockState, wallNow: number): number {
  return clock.paused
    ? clock.anchorScenario
    : clock.anchorScenario + (wallNow - clock.anchorWall) * clock.rate;
}

export function seek(clock: ClockState, scenarioTime: number, wallNow: number): ClockState {
  return { ...clock, anchorScenario: scenarioTime, anchorWall: wallNow };
}

export function pause(clock: ClockState, wallNow: number): ClockState {
  return { ...clock, anchorScenario: scenarioNow(clock, wallNow), anchorWall: wallNow, paused: true };
}

export function play(clock: ClockState, wallNow: number): ClockState {
  return { ...clock, anchorScenario: scenarioNow(clock, wallNow), anchorWall: wallNow, paused: false };
}

export function setRate(clock: ClockState, rate: number, wallNow: number): ClockState {
  if (!Number.isFinite(rate) || rate <= 0)
    throw new RangeError(`rate must be a positive number, got ${rate}`);
  return { ...clock, anchorScenario: scenarioNow(clock, wallNow), anchorWall: wallNow, rate };
}
