-- CreateEnum
CREATE TYPE "CompanyImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "positioningScores" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "CompanyImport" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT,
    "status" "CompanyImportStatus" NOT NULL DEFAULT 'QUEUED',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "validRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "mergedCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "rowErrors" JSONB NOT NULL DEFAULT '[]',
    "failureReason" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CompanyImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyImportRow" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "domain" TEXT NOT NULL,
    "name" TEXT,
    "role" "CompanyRole",
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "CompanyImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanyImport_workspaceId_createdAt_idx" ON "CompanyImport"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "CompanyImportRow_importId_line_idx" ON "CompanyImportRow"("importId", "line");

-- CreateIndex
CREATE INDEX "Company_enrichmentStatus_enrichedAt_idx" ON "Company"("enrichmentStatus", "enrichedAt");

-- AddForeignKey
ALTER TABLE "CompanyImport" ADD CONSTRAINT "CompanyImport_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyImport" ADD CONSTRAINT "CompanyImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyImportRow" ADD CONSTRAINT "CompanyImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CompanyImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;


