import { db } from '../db/client';
import type { Plan } from '../files/quota';

export async function setUserPlan(userId: string, plan: Plan) {
  await db.user.update({ where: { id: userId }, data: { plan } });
}
