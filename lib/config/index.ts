export { getSettings, type Settings } from './settings';
