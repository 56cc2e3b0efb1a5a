-- AlterTable
ALTER TABLE "Task" ADD COLUMN "posterKey" TEXT;
ALTER TABLE "Task" ADD COLUMN "thumbKey" TEXT;

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "renderId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    CONSTRAINT "WebhookDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Render" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "stage" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "config" TEXT NOT NULL,
    "configHash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "fps" INTEGER NOT NULL,
    "duration" REAL NOT NULL,
    "quality" TEXT NOT NULL,
    "cost" INTEGER NOT NULL,
    "numWorkers" INTEGER NOT NULL DEFAULT 1,
    "webhookUrl" TEXT,
    "outputKey" TEXT,
    "posterKey" TEXT,
    "thumbKey" TEXT,
    "error" TEXT,
    "refunded" BOOLEAN NOT NULL DEFAULT false,
    "firstFrameAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    CONSTRAINT "Render_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Render_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Render" ("attempts", "completedAt", "config", "configHash", "cost", "createdAt", "duration", "error", "fps", "height", "id", "leaseExpiresAt", "leaseOwner", "numWorkers", "outputKey", "progress", "quality", "stage", "startedAt", "status", "taskId", "userId", "webhookUrl", "width") SELECT "attempts", "completedAt", "config", "configHash", "cost", "createdAt", "duration", "error", "fps", "height", "id", "leaseExpiresAt", "leaseOwner", "numWorkers", "outputKey", "progress", "quality", "stage", "startedAt", "status", "taskId", "userId", "webhookUrl", "width" FROM "Render";
DROP TABLE "Render";
ALTER TABLE "new_Render" RENAME TO "Render";
CREATE INDEX "Render_status_createdAt_idx" ON "Render"("status", "createdAt");
CREATE INDEX "Render_taskId_createdAt_idx" ON "Render"("taskId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_userId_createdAt_idx" ON "WebhookDelivery"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_idx" ON "WebhookAttempt"("deliveryId");

