import { getSettings } from '../../config';
import { normalizeEmail } from './normalize-email';

/** Whether the account is one of ADMIN_EMAILS. */
export function isAdminEmail(email: string): boolean {
  return getSettings().adminEmails.includes(normalizeEmail(email));
}
