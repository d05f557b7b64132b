export {
  compilePlan,
  destinationCountries,
  destinationCountry,
  type Hub,
  type Leg,
  type Milestone,
  type Plan,
  type Shipment,
} from './plan';
export type { Item, Language, ScenarioFile } from './schema';
export { statusesAt, timeline } from './timeline';
export { formatPath, type ValidationResult, validateScenario } from './validate';
