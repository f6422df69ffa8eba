-- The old roll-up tables were never written: the roll-up (src/analytics/stats) recomputes any day from its rows.
DELETE FROM "PageViewSource";
DELETE FROM "DailyStats";
DELETE FROM "DailyBusinessMetrics";

-- DropForeignKey
ALTER TABLE "PageViewSource" DROP CONSTRAINT "PageViewSource_dailyStatsId_fkey";

-- DropIndex
DROP INDEX "DailyBusinessMetrics_date_key";

-- DropIndex
DROP INDEX "DailyStats_date_key";

-- DropIndex
DROP INDEX "PageViewSource_dailyStatsId_idx";

-- DropIndex
DROP INDEX "PageViewSource_date_name_key";

-- AlterTable
ALTER TABLE "DailyBusinessMetrics" DROP CONSTRAINT "DailyBusinessMetrics_pkey",
DROP COLUMN "createdAt",
DROP COLUMN "creditsConsumed",
DROP COLUMN "date",
DROP COLUMN "enrichmentsRun",
DROP COLUMN "id",
DROP COLUMN "reportsGenerated",
DROP COLUMN "workflowsRun",
ADD COLUMN     "apolloRowsSynced" INTEGER NOT NULL,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "day" DATE NOT NULL,
ADD COLUMN     "llmCompletionTokens" INTEGER NOT NULL,
ADD COLUMN     "llmCostUsd" DOUBLE PRECISION NOT NULL,
ADD COLUMN     "llmPromptTokens" INTEGER NOT NULL,
ADD COLUMN     "medianReportSeconds" DOUBLE PRECISION,
ADD COLUMN     "reportsCompleted" INTEGER NOT NULL,
ADD COLUMN     "reportsFailed" INTEGER NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "workflowExecutions" JSONB NOT NULL,
ALTER COLUMN "activeWorkspaces" DROP DEFAULT,
ALTER COLUMN "companiesTracked" DROP DEFAULT,
ADD CONSTRAINT "DailyBusinessMetrics_pkey" PRIMARY KEY ("day");

-- AlterTable
ALTER TABLE "DailyStats" DROP CONSTRAINT "DailyStats_pkey",
DROP COLUMN "createdAt",
DROP COLUMN "date",
DROP COLUMN "id",
DROP COLUMN "paidUserCount",
DROP COLUMN "paidUserDelta",
DROP COLUMN "prevDayViewsChangePercent",
DROP COLUMN "totalRevenueCents",
DROP COLUMN "totalViews",
DROP COLUMN "userCount",
DROP COLUMN "userDelta",
ADD COLUMN     "churnedSubscriptions" INTEGER NOT NULL,
ADD COLUMN     "churnedSubscriptionsChange" INTEGER,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "day" DATE NOT NULL,
ADD COLUMN     "newSignups" INTEGER NOT NULL,
ADD COLUMN     "newSignupsChange" INTEGER,
ADD COLUMN     "pageViews" INTEGER NOT NULL,
ADD COLUMN     "pageViewsChange" INTEGER,
ADD COLUMN     "payingWorkspaces" INTEGER NOT NULL,
ADD COLUMN     "payingWorkspacesChange" INTEGER,
ADD COLUMN     "refundsMinor" INTEGER NOT NULL,
ADD COLUMN     "refundsMinorChange" INTEGER,
ADD COLUMN     "revenueMinor" INTEGER NOT NULL,
ADD COLUMN     "revenueMinorChange" INTEGER,
ADD COLUMN     "totalUsers" INTEGER NOT NULL,
ADD COLUMN     "totalUsersChange" INTEGER,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "visitors" INTEGER NOT NULL,
ADD COLUMN     "visitorsChange" INTEGER,
ADD CONSTRAINT "DailyStats_pkey" PRIMARY KEY ("day");

-- AlterTable
ALTER TABLE "MarketReport" ADD COLUMN     "failedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PageViewSource" DROP CONSTRAINT "PageViewSource_pkey",
DROP COLUMN "dailyStatsId",
DROP COLUMN "date",
DROP COLUMN "id",
DROP COLUMN "name",
ADD COLUMN     "day" DATE NOT NULL,
ADD COLUMN     "source" TEXT NOT NULL,
ADD COLUMN     "views" INTEGER NOT NULL,
ADD CONSTRAINT "PageViewSource_pkey" PRIMARY KEY ("day", "source");

-- CreateIndex
CREATE INDEX "MarketReport_completedAt_idx" ON "MarketReport"("completedAt");

-- CreateIndex
CREATE INDEX "MarketReport_failedAt_idx" ON "MarketReport"("failedAt");



-- Reports that failed before failedAt existed ended when they were last updated.
UPDATE "MarketReport" SET "failedAt" = "updatedAt" WHERE status = 'FAILED' AND "failedAt" IS NULL;
