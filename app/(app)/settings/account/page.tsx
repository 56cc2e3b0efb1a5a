import { changePasswordAction, deleteAccountAction } from '@/app/actions/settings';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { DeleteAccountForm } from '@/components/settings/delete-account-form';
import { formatBytes, formatDate } from '@/components/settings/format';
import { card } from '@/components/settings/styles';
import { requireUser } from '@/lib/api/session';
import { passwordRules } from '@/lib/server/accounts/passwords';
import { storageLimitFor } from '@/lib/server/files';

export const metadata = { title: 'Account' };

// /settings/account – profile, password, account deletion (?password=changed after a change)
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requireUser();
  const isPasswordChanged = (await searchParams).password === 'changed';
  return (
    <div className="flex flex-col gap-6">
      <section className={card} aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">Profile</h2>
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-zinc-400">Email</dt>
          <dd data-testid="account-email">{user.email}</dd>
          <dt className="text-zinc-400">Name</dt>
          <dd>{user.name ?? <span className="text-zinc-500">Not set</span>}</dd>
          <dt className="text-zinc-400">Plan</dt>
          <dd className="capitalize">
            {user.plan} <span className="text-zinc-500 normal-case">({formatBytes(storageLimitFor(user.plan))} storage)</span>
          </dd>
          <dt className="text-zinc-400">Member since</dt>
          <dd>{formatDate(user.createdAt)}</dd>
        </dl>
      </section>

      <section className={card} aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-400">You stay signed in here; every other session of the account is signed out.</p>
        <ChangePasswordForm action={changePasswordAction} passwordRules={passwordRules} isChanged={isPasswordChanged} />
      </section>

      <section className="rounded-xl border border-red-900/70 bg-red-950/20 p-6" aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-200">Delete account</h2>
        <p className="mt-1 mb-4 max-w-prose text-sm text-zinc-300">
          This permanently deletes your videos, renders, uploaded files, previews and credit history, and signs you out.
          Your API keys stop working at once. It cannot be undone.
        </p>
        <DeleteAccountForm email={user.email} action={deleteAccountAction} />
      </section>
    </div>
  );
}
