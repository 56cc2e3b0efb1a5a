/** What a settings form's server action answers with: the error to show (and its field), or ok. */
export interface FormState {
  error: string | null;
  /** Which field the error is about, for aria-invalid. */
  field?: string;
  ok?: boolean;
}

/** What the sign-in and sign-up actions answer with: the error, and the email to keep in the form. */
export interface AuthFormState {
  error: string | null;
  email: string;
  /** When the error is a wait (too many attempts): seconds until the next try, for a countdown. */
  retryAfterSeconds?: number;
}
