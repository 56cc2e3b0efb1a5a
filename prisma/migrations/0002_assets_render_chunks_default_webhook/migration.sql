-- DropIndex
DROP INDEX "FileJob_status_createdAt_idx";

-- AlterTable
ALTER TABLE "FileJob" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "defaultWebhookUrl" TEXT;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "assetId" TEXT,
ADD COLUMN     "scheme" TEXT NOT NULL DEFAULT 'cutroom',
ALTER COLUMN "renderId" DROP NOT NULL,
ALTER COLUMN "taskId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RenderChunk" (
    "id" TEXT NOT NULL,
    "renderId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "frameFrom" INTEGER NOT NULL,
    "frameTo" INTEGER NOT NULL,
    "frames" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "outputKey" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "RenderChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "priority" TEXT NOT NULL DEFAULT 'normal',
    "webhookUrl" TEXT,
    "metadata" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "derivatives" TEXT,
    "thumbnails" TEXT,
    "processingMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "derivatives" TEXT NOT NULL,
    "thumbnails" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RenderChunk_status_createdAt_idx" ON "RenderChunk"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RenderChunk_renderId_index_key" ON "RenderChunk"("renderId", "index");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_fileId_key" ON "Asset"("fileId");

-- CreateIndex
CREATE INDEX "Asset_userId_createdAt_idx" ON "Asset"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Asset_userId_completedAt_idx" ON "Asset"("userId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_userId_slug_key" ON "Profile"("userId", "slug");

-- CreateIndex
CREATE INDEX "FileJob_status_priority_createdAt_idx" ON "FileJob"("status", "priority", "createdAt");

-- AddForeignKey
ALTER TABLE "RenderChunk" ADD CONSTRAINT "RenderChunk_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

