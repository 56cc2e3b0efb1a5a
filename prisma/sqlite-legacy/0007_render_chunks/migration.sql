-- CreateTable
CREATE TABLE "RenderChunk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "renderId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "frameFrom" INTEGER NOT NULL,
    "frameTo" INTEGER NOT NULL,
    "frames" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "outputKey" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    CONSTRAINT "RenderChunk_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RenderChunk_status_createdAt_idx" ON "RenderChunk"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RenderChunk_renderId_index_key" ON "RenderChunk"("renderId", "index");

