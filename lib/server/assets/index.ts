export { builtInProfiles, serializeProfile, type ProcessingProfile, type ProfileDerivative } from './built-in-profiles';
