export {
  compilePlan,
  destinationCountries,
  destinationCountry,
  type Hub,
  type Item,
  type Leg,
  type Milestone,
  type Plan,
  type Shipment,
} from './plan';
export type { Language, OperationFile, ScenarioFile } from './schema';
export type { Cut, Localized, Scene, Story } from './story';
export { statusesAt, timeline } from './timeline';
export {
  formatPath,
  type OperationResult,
  type ValidationResult,
  validateOperation,
  validateScenario,
} from './validate';
