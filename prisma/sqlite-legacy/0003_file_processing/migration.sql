-- CreateTable
CREATE TABLE "FileJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    CONSTRAINT "FileJob_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'processing',
    "error" TEXT,
    "duration" REAL,
    "width" INTEGER,
    "height" INTEGER,
    "fps" REAL,
    "hasAudio" BOOLEAN,
    "videoCodec" TEXT,
    "audioCodec" TEXT,
    "pixelFormat" TEXT,
    "rotation" INTEGER,
    "bitrate" INTEGER,
    "thumbKey" TEXT,
    "posterKey" TEXT,
    "waveformKey" TEXT,
    "proxyKey" TEXT,
    "filmstrip" TEXT,
    "derivedSize" INTEGER NOT NULL DEFAULT 0,
    "processedAt" DATETIME,
    CONSTRAINT "File_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_File" ("createdAt", "id", "key", "mimeType", "name", "size", "type", "userId") SELECT "createdAt", "id", "key", "mimeType", "name", "size", "type", "userId" FROM "File";
DROP TABLE "File";
ALTER TABLE "new_File" RENAME TO "File";
CREATE UNIQUE INDEX "File_key_key" ON "File"("key");
CREATE INDEX "File_userId_createdAt_idx" ON "File"("userId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FileJob_fileId_key" ON "FileJob"("fileId");

-- CreateIndex
CREATE INDEX "FileJob_status_createdAt_idx" ON "FileJob"("status", "createdAt");


-- Files uploaded before processing existed are processed by the workers like new ones.
INSERT INTO "FileJob" ("id", "fileId") SELECT "id", "id" FROM "File";
