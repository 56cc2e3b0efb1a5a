-- AlterTable
ALTER TABLE "User" ADD COLUMN "defaultWebhookUrl" TEXT;

