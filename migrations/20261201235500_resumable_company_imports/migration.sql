-- AlterTable
ALTER TABLE "CompanyImport" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mergedThroughLine" INTEGER NOT NULL DEFAULT 0;
