import http from 'node:http';
import { expect, test } from '@playwright/test';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { signIn } from './helpers';

test('Settings › Webhooks shows each delivery and every attempt (a 500, then the retry that got 200)', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  // A receiver on loopback that fails the first delivery attempt and accepts the next.
  const received: { signature: string | undefined; delivery: string | undefined }[] = [];
  const receiver = http.createServer((req, res) => {
    req.resume();
    received.push({ signature: req.headers['x-cutroom-signature'] as string, delivery: req.headers['x-cutroom-delivery'] as string });
    res.writeHead(received.length === 1 ? 500 : 200).end();
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

  try {
    const account = createAccount();
    const task = await (await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Hook', 1) } })).json();
    const started = await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: { webhook_url: url } });
    expect(started.status()).toBe(200);
    const { body } = await waitForRender(request, task.taskId, account.key);
    expect(body.status).toBe('completed');
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
    // Both attempts are the same delivery, each signed.
    expect(received[0]?.delivery).toBe(received[1]?.delivery);
    expect(received.every((r) => /^sha256=[0-9a-f]{64}$/.test(r.signature ?? ''))).toBe(true);

    await signIn(page, account.email, account.password);
    await page.goto('/settings/webhooks');
    const delivery = page.getByTestId('webhook-delivery');
    await expect(delivery).toHaveCount(1);
    await expect(delivery).toHaveAttribute('data-status', 'delivered');
    await expect(delivery).toContainText('render.completed');
    await expect(delivery).toContainText(url);
    const attempts = delivery.getByTestId('webhook-attempt');
    await expect(attempts).toHaveCount(2);
    await expect(attempts.nth(0)).toContainText('#1');
    await expect(attempts.nth(0)).toContainText('500');
    await expect(attempts.nth(1)).toContainText('200 OK');
    await page.screenshot({ path: testInfo.outputPath('webhook-log.png'), fullPage: true });
  } finally {
    receiver.close();
  }
});
