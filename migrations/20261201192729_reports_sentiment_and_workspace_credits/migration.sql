-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MARKET', 'COMPETITOR', 'ACCOUNT_BRIEF');

-- CreateEnum
CREATE TYPE "ReportEmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterEnum
BEGIN;
CREATE TYPE "ReportStatus_new" AS ENUM ('QUEUED', 'GATHERING', 'ANALYSING', 'RENDERING', 'COMPLETED', 'FAILED');
ALTER TABLE "public"."MarketReport" ALTER COLUMN "status" DROP DEFAULT;
-- Nothing ever finished a GENERATING report, so it ends as failed.
ALTER TABLE "MarketReport" ALTER COLUMN "status" TYPE "ReportStatus_new"
  USING (CASE WHEN "status"::text = 'GENERATING' THEN 'FAILED' ELSE "status"::text END)::"ReportStatus_new";
ALTER TYPE "ReportStatus" RENAME TO "ReportStatus_old";
ALTER TYPE "ReportStatus_new" RENAME TO "ReportStatus";
DROP TYPE "public"."ReportStatus_old";
ALTER TABLE "MarketReport" ALTER COLUMN "status" SET DEFAULT 'QUEUED';
COMMIT;

-- DropIndex
DROP INDEX "MarketReport_subjectCompanyId_idx";

-- AlterTable
ALTER TABLE "MarketIntelligence" ADD COLUMN     "author" TEXT,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "lexiconScore" DOUBLE PRECISION,
ADD COLUMN     "sentimentScoredBy" TEXT,
ADD COLUMN     "sourceName" TEXT;

-- AlterTable
ALTER TABLE "MarketReport" ADD COLUMN     "activeKey" TEXT,
ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "citedClaimCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "completionTokens" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "costUsd" DOUBLE PRECISION,
ADD COLUMN     "kind" "ReportKind" NOT NULL DEFAULT 'MARKET',
ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "leaseHolder" TEXT,
ADD COLUMN     "previousReportId" TEXT,
ADD COLUMN     "progressPercent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "promptTokens" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scheduleId" TEXT,
ADD COLUMN     "sources" JSONB,
ADD COLUMN     "startedAt" TIMESTAMP(3),
ADD COLUMN     "subjectName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "unverifiedNumberCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: credits move from the user to the workspace. A personal workspace takes
-- the balance of its owner, team workspaces start with the default.
ALTER TABLE "Workspace" ADD COLUMN     "credits" INTEGER NOT NULL DEFAULT 3;

UPDATE "Workspace" w SET "credits" = u."credits"
  FROM "WorkspaceMember" m JOIN "User" u ON u."id" = m."userId"
 WHERE m."workspaceId" = w."id" AND m."role" = 'OWNER' AND w."isPersonal";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "credits";

-- CreateTable
CREATE TABLE "ReportShareLink" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportId" TEXT NOT NULL,
    "createdById" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "lastViewedAt" TIMESTAMP(3),

    CONSTRAINT "ReportShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEmail" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "reportId" TEXT NOT NULL,
    "recipientEmail" TEXT NOT NULL,
    "status" "ReportEmailStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "ReportEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSchedule" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "subjectCompanyId" TEXT NOT NULL,
    "createdById" TEXT,
    "kind" "ReportKind" NOT NULL,
    "recipientUserIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "nextRunAt" TIMESTAMP(3) NOT NULL,
    "lastQueuedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "ReportSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportShareLink_tokenHash_key" ON "ReportShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ReportShareLink_reportId_idx" ON "ReportShareLink"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportEmail_reportId_recipientEmail_key" ON "ReportEmail"("reportId", "recipientEmail");

-- CreateIndex
CREATE INDEX "ReportSchedule_workspaceId_idx" ON "ReportSchedule"("workspaceId");

-- CreateIndex
CREATE INDEX "ReportSchedule_nextRunAt_idx" ON "ReportSchedule"("nextRunAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSchedule_subjectCompanyId_kind_key" ON "ReportSchedule"("subjectCompanyId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "MarketIntelligence_workspaceId_dedupeKey_key" ON "MarketIntelligence"("workspaceId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "MarketReport_activeKey_key" ON "MarketReport"("activeKey");

-- CreateIndex
CREATE INDEX "MarketReport_status_leaseExpiresAt_idx" ON "MarketReport"("status", "leaseExpiresAt");

-- CreateIndex
CREATE INDEX "MarketReport_subjectCompanyId_kind_completedAt_idx" ON "MarketReport"("subjectCompanyId", "kind", "completedAt");

-- CreateIndex
CREATE INDEX "MarketReport_scheduleId_idx" ON "MarketReport"("scheduleId");

-- AddForeignKey
ALTER TABLE "MarketReport" ADD CONSTRAINT "MarketReport_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "ReportSchedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportShareLink" ADD CONSTRAINT "ReportShareLink_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MarketReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportShareLink" ADD CONSTRAINT "ReportShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEmail" ADD CONSTRAINT "ReportEmail_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MarketReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSchedule" ADD CONSTRAINT "ReportSchedule_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSchedule" ADD CONSTRAINT "ReportSchedule_subjectCompanyId_fkey" FOREIGN KEY ("subjectCompanyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSchedule" ADD CONSTRAINT "ReportSchedule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


