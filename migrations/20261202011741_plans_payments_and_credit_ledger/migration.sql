-- CreateEnum
CREATE TYPE "PlanId" AS ENUM ('FREE', 'PRO', 'TEAM');

-- CreateEnum
CREATE TYPE "BillingInterval" AS ENUM ('MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "BillingSubscriptionStatus" AS ENUM ('INCOMPLETE', 'INCOMPLETE_EXPIRED', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'UNPAID', 'PAUSED');

-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('OPENING_BALANCE', 'PAYMENT', 'REFUND', 'PLAN_CREDITS', 'CREDIT_PACK', 'REPORT', 'CREDITS_REVOKED');

-- DropIndex
DROP INDEX "User_paymentProcessorUserId_key";

-- DropIndex
DROP INDEX "User_subscriptionStatus_idx";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "datePaid",
DROP COLUMN "paymentProcessorUserId",
DROP COLUMN "subscriptionPlan",
DROP COLUMN "subscriptionStatus";

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "billingCustomerId" TEXT;

-- DropEnum
DROP TYPE "SubscriptionStatus";

-- CreateTable
CREATE TABLE "BillingSubscription" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "providerSubscriptionId" TEXT NOT NULL,
    "providerCustomerId" TEXT NOT NULL,
    "plan" "PlanId" NOT NULL,
    "interval" "BillingInterval" NOT NULL,
    "priceId" TEXT NOT NULL,
    "status" "BillingSubscriptionStatus" NOT NULL,
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "currentPeriodStart" TIMESTAMP(3),
    "currentPeriodEnd" TIMESTAMP(3),
    "canceledAt" TIMESTAMP(3),
    "stateAsOf" TIMESTAMP(3) NOT NULL,
    "lastPaymentFailedAt" TIMESTAMP(3),
    "lastPaidAt" TIMESTAMP(3),

    CONSTRAINT "BillingSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentEvent" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "provider" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "workspaceId" TEXT,

    CONSTRAINT "PaymentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingLedgerEntry" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "LedgerEntryKind" NOT NULL,
    "workspaceId" TEXT,
    "amountMinor" INTEGER,
    "currency" TEXT,
    "creditsDelta" INTEGER NOT NULL DEFAULT 0,
    "creditsBalanceAfter" INTEGER,
    "description" TEXT NOT NULL,
    "paymentEventId" TEXT,
    "providerObjectId" TEXT,
    "providerPaymentId" TEXT,
    "reportId" TEXT,
    "dedupeKey" TEXT NOT NULL,

    CONSTRAINT "BillingLedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BillingSubscription_providerSubscriptionId_key" ON "BillingSubscription"("providerSubscriptionId");

-- CreateIndex
CREATE INDEX "BillingSubscription_workspaceId_status_idx" ON "BillingSubscription"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "PaymentEvent_workspaceId_receivedAt_idx" ON "PaymentEvent"("workspaceId", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BillingLedgerEntry_dedupeKey_key" ON "BillingLedgerEntry"("dedupeKey");

-- CreateIndex
CREATE INDEX "BillingLedgerEntry_workspaceId_createdAt_idx" ON "BillingLedgerEntry"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "BillingLedgerEntry_kind_createdAt_idx" ON "BillingLedgerEntry"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "BillingLedgerEntry_providerObjectId_idx" ON "BillingLedgerEntry"("providerObjectId");

-- CreateIndex
CREATE INDEX "BillingLedgerEntry_providerPaymentId_idx" ON "BillingLedgerEntry"("providerPaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_billingCustomerId_key" ON "Workspace"("billingCustomerId");

-- AddForeignKey
ALTER TABLE "BillingSubscription" ADD CONSTRAINT "BillingSubscription_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingLedgerEntry" ADD CONSTRAINT "BillingLedgerEntry_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Backfill: the credits every existing workspace holds open its ledger, so the history adds up to the balance
INSERT INTO "BillingLedgerEntry" ("id", "kind", "workspaceId", "creditsDelta", "creditsBalanceAfter", "description", "dedupeKey")
SELECT gen_random_uuid()::text, 'OPENING_BALANCE', w."id", w."credits", w."credits", 'Credits before billing', 'opening:' || w."id"
FROM "Workspace" w;
