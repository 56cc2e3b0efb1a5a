import { createHash } from 'node:crypto';
import { db } from '../db/client';
import { ApiError } from '../errors';
import { randomBase62, newRowId } from '../ids';

const hashCode = (code: string) => createHash('sha256').update(code.trim()).digest('hex');

/** Makes an invite code (shown once; stored as a hash), valid for `days` days. */
export async function createInvite(input: { note?: string; days?: number } = {}): Promise<{ code: string; expiresAt: Date | null }> {
  const code = `inv_${randomBase62(20)}`;
  const expiresAt = input.days ? new Date(Date.now() + input.days * 24 * 60 * 60 * 1000) : null;
  await db.invite.create({ data: { id: newRowId(), codeHash: hashCode(code), note: input.note?.trim() || null, expiresAt } });
  return { code, expiresAt };
}

export function listInvites() {
  return db.invite.findMany({ orderBy: { createdAt: 'desc' } });
}

/**
 * Takes an unused, unexpired invite for one sign-up, atomically (two people with one code: one wins).
 * Returns its id, to hand back with releaseInvite if the sign-up fails after all.
 */
export async function claimInvite(code: string): Promise<string> {
  const now = new Date();
  const invite = await db.invite.findUnique({ where: { codeHash: hashCode(code) } });
  const claimed = invite
    ? await db.invite.updateMany({
        where: { id: invite.id, usedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        data: { usedAt: now },
      })
    : { count: 0 };
  if (!invite || claimed.count !== 1) {
    throw new ApiError('INVALID_REQUEST', 'This invite code is not valid, has expired or was already used.', { field: 'inviteCode' });
  }
  return invite.id;
}

export async function releaseInvite(id: string): Promise<void> {
  await db.invite.update({ where: { id }, data: { usedAt: null, usedBy: null } });
}

export async function markInviteUsed(id: string, userId: string): Promise<void> {
  await db.invite.update({ where: { id }, data: { usedBy: userId } });
}
