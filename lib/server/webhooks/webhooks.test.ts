import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// Webhook dispatch against a real PostgreSQL database and a real local receiver.
let mod: {
  users: typeof import('../accounts');
  tasks: typeof import('../tasks');
  renders: typeof import('../renders');
  webhooks: typeof import('./');
  db: typeof import('../db/client').db;
};
let receiver: http.Server;
let hits = 0;
let url = '';

beforeAll(async () => {
  process.env.ALLOW_PRIVATE_WEBHOOKS = '1';
  process.env.WEBHOOK_RETRY_DELAYS_MS = '0,0';
  useFreshDatabase();
  mod = {
    users: await import('../accounts'),
    tasks: await import('../tasks'),
    renders: await import('../renders'),
    webhooks: await import('./'),
    db: (await import('../db/client')).db,
  };
  receiver = http.createServer((req, res) => {
    hits++;
    req.resume();
    req.on('end', () => setTimeout(() => res.end('ok'), 50));
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((r) => receiver?.close(r));
});

it('several dispatchers (one per worker) deliver a due webhook once, not once each', async () => {
  const user = await mod.users.createUser({ email: 'hooks@x.test', password: 'password1', credits: 10 });
  const task = await mod.tasks.createTask({
    userId: user.id,
    config: { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1 }] }] },
  });
  const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id, webhookUrl: url });
  await mod.renders.failRender({ renderId: renderTaskId, error: 'boom', refund: true });

  const sent = await Promise.all(['w1', 'w2', 'w3'].map((w) => mod.webhooks.dispatchDueWebhooks(w)));
  expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
  expect(hits).toBe(1);
  const [delivery] = await mod.webhooks.listWebhookDeliveries(user.id);
  expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, event: 'render.failed' });
  expect(delivery?.attemptLog).toHaveLength(1);
});

it('without ALLOW_PRIVATE_WEBHOOKS a delivery to a mapped-IPv6 loopback is refused at connect and never reaches the receiver', async () => {
  const user = await mod.users.createUser({ email: 'ssrf@x.test', password: 'password1', credits: 10 });
  const task = await mod.tasks.createTask({
    userId: user.id,
    config: { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1 }] }] },
  });
  // Accepted while private targets were allowed (or while the name still resolved publicly)…
  const mapped = url.replace('127.0.0.1', '[::ffff:7f00:1]');
  const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id, webhookUrl: mapped });
  await mod.renders.failRender({ renderId: renderTaskId, error: 'boom', refund: true });
  const before = hits;
  delete process.env.ALLOW_PRIVATE_WEBHOOKS;
  try {
    // …the delivery itself still refuses it.
    const [delivery] = await mod.db.webhookDelivery.findMany({ where: { userId: user.id } });
    expect(await mod.webhooks.attemptDelivery(delivery!)).toBe('retry');
    const [logged] = await mod.webhooks.listWebhookDeliveries(user.id);
    expect(logged?.attemptLog[0]?.error).toBe('::ffff:7f00:1 is a private or local address; refused');
    expect(hits).toBe(before);
  } finally {
    process.env.ALLOW_PRIVATE_WEBHOOKS = '1';
  }
});
