export { getSettings, PLAN_NAMES, type PlanName, type Settings } from './settings';
