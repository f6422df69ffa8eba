-- AlterTable
ALTER TABLE "ContactFormMessage" ADD COLUMN     "adminsNotifiedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ContactFormMessage_isRead_createdAt_idx" ON "ContactFormMessage"("isRead", "createdAt");


