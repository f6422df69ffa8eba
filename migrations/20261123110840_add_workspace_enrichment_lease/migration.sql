-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "enrichmentLeaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "enrichmentLeaseHolder" TEXT;


