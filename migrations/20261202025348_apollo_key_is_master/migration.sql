-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "apolloKeyIsMaster" BOOLEAN;


