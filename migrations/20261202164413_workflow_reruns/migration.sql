-- AlterTable
ALTER TABLE "WorkflowExecution" ADD COLUMN     "rerunOfId" TEXT;

-- CreateIndex
CREATE INDEX "WorkflowExecution_rerunOfId_idx" ON "WorkflowExecution"("rerunOfId");

-- AddForeignKey
ALTER TABLE "WorkflowExecution" ADD CONSTRAINT "WorkflowExecution_rerunOfId_fkey" FOREIGN KEY ("rerunOfId") REFERENCES "WorkflowExecution"("id") ON DELETE SET NULL ON UPDATE CASCADE;


