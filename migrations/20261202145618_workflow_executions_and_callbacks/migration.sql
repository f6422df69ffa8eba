-- AlterEnum: PENDING rows become QUEUED, CANCELLED ones (the app never wrote any) FAILED
BEGIN;
CREATE TYPE "WorkflowStatus_new" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT');
ALTER TABLE "public"."WorkflowExecution" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "WorkflowExecution" ALTER COLUMN "status" TYPE "WorkflowStatus_new" USING ((CASE "status"::text WHEN 'PENDING' THEN 'QUEUED' WHEN 'CANCELLED' THEN 'FAILED' ELSE "status"::text END)::"WorkflowStatus_new");
ALTER TYPE "WorkflowStatus" RENAME TO "WorkflowStatus_old";
ALTER TYPE "WorkflowStatus_new" RENAME TO "WorkflowStatus";
DROP TYPE "public"."WorkflowStatus_old";
ALTER TABLE "WorkflowExecution" ALTER COLUMN "status" SET DEFAULT 'QUEUED';
COMMIT;

-- AlterTable
ALTER TABLE "WorkflowExecution" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "companyId" TEXT,
ADD COLUMN     "inputSummary" TEXT,
ADD COLUMN     "timeoutAt" TIMESTAMP(3),
ADD COLUMN     "triggeredAt" TIMESTAMP(3),
ALTER COLUMN "status" SET DEFAULT 'QUEUED';

-- CreateTable
CREATE TABLE "WorkflowCallback" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "executionId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "WorkflowCallback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowCallback_executionId_stepId_key" ON "WorkflowCallback"("executionId", "stepId");

-- CreateIndex
CREATE INDEX "WorkflowExecution_status_timeoutAt_idx" ON "WorkflowExecution"("status", "timeoutAt");

-- CreateIndex
CREATE INDEX "WorkflowExecution_companyId_createdAt_idx" ON "WorkflowExecution"("companyId", "createdAt");

-- AddForeignKey
ALTER TABLE "WorkflowExecution" ADD CONSTRAINT "WorkflowExecution_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowCallback" ADD CONSTRAINT "WorkflowCallback_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "WorkflowExecution"("id") ON DELETE CASCADE ON UPDATE CASCADE;


