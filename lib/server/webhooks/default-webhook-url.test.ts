import { beforeAll, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// The account's default webhook URL (Settings › Webhooks) against a real PostgreSQL database: what it accepts, and that
// asset events without their own webhook_url go there (recorded as deliveries, scheme rendrsink).
let mod: {
  users: typeof import('../accounts');
  webhooks: typeof import('./');
  events: typeof import('../assets/asset-events');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  delete process.env.ALLOW_PRIVATE_WEBHOOKS;
  useFreshDatabase();
  mod = {
    users: await import('../accounts'),
    webhooks: await import('./'),
    events: await import('../assets/asset-events'),
    db: (await import('../db/client')).db,
  };
});

it('sets, reads and clears the default; refuses a non-http(s) URL and a private address with the field named', async () => {
  const user = await mod.users.createUser({ email: 'default-hook@x.test', password: 'password1' });
  const other = await mod.users.createUser({ email: 'other-hook@x.test', password: 'password1' });
  expect(await mod.webhooks.getDefaultWebhookUrl(user.id)).toBeNull();
  expect(await mod.webhooks.setDefaultWebhookUrl({ userId: user.id, webhookUrl: '  https://93.184.215.14/hooks ' })).toBe('https://93.184.215.14/hooks');
  expect(await mod.webhooks.getDefaultWebhookUrl(user.id)).toBe('https://93.184.215.14/hooks');
  expect(await mod.webhooks.getDefaultWebhookUrl(other.id)).toBeNull();
  for (const bad of ['ftp://93.184.215.14/x', 'not a url', 'http://127.0.0.1:9/hook', 'http://10.1.2.3/hook']) {
    await expect(mod.webhooks.setDefaultWebhookUrl({ userId: user.id, webhookUrl: bad })).rejects.toMatchObject({ code: 'INVALID_REQUEST', details: { field: 'webhook_url' } });
  }
  expect(await mod.webhooks.getDefaultWebhookUrl(user.id)).toBe('https://93.184.215.14/hooks'); // a refused value loses nothing
  expect(await mod.webhooks.setDefaultWebhookUrl({ userId: user.id, webhookUrl: '' })).toBeNull();
  expect(await mod.webhooks.getDefaultWebhookUrl(user.id)).toBeNull();
});

it("asset events go to the asset's webhook_url, else to the account's default, else nowhere", async () => {
  const user = await mod.users.createUser({ email: 'events-hook@x.test', password: 'password1' });
  let n = 0;
  const asset = async (webhookUrl: string | null) => {
    const id = `t${++n}`;
    await mod.db.file.create({ data: { id: `file_${id}`, userId: user.id, name: 'a.mp4', key: `k/${id}`, type: 'video', mimeType: 'video/mp4', size: 1 } });
    return mod.db.asset.create({ data: { id: `ast_${id}`, userId: user.id, fileId: `file_${id}`, profile: 'thumbnail-only', plan: '{}', webhookUrl } });
  };
  const sentTo = async (assetId: string) =>
    (await mod.db.webhookDelivery.findMany({ where: { assetId }, select: { url: true, scheme: true } })).map((d) => `${d.scheme} ${d.url}`);

  const none = await asset(null);
  await mod.events.enqueueAssetEvents(mod.db, none, ['asset.processing']);
  expect(await sentTo(none.id)).toEqual([]);

  await mod.webhooks.setDefaultWebhookUrl({ userId: user.id, webhookUrl: 'https://93.184.215.14/default' });
  const byDefault = await asset(null);
  const own = await asset('https://93.184.215.14/own');
  await mod.events.enqueueAssetEvents(mod.db, byDefault, ['asset.processing']);
  await mod.events.enqueueAssetEvents(mod.db, own, ['asset.processing']);
  expect(await sentTo(byDefault.id)).toEqual(['rendrsink https://93.184.215.14/default']);
  expect(await sentTo(own.id)).toEqual(['rendrsink https://93.184.215.14/own']);
});
