-- CreateEnum
CREATE TYPE "ApolloSyncTrigger" AS ENUM ('SCHEDULE', 'MANUAL');

-- CreateEnum
CREATE TYPE "ApolloEnrolmentStatus" AS ENUM ('QUEUED', 'SENDING', 'ENROLLED', 'SKIPPED', 'REJECTED');

-- AlterEnum
ALTER TYPE "SyncStatus" ADD VALUE 'PARTIAL';

-- DropIndex
DROP INDEX "ApolloSmartList_syncEnabled_lastSyncedAt_idx";

-- AlterTable
ALTER TABLE "ApolloSequence" DROP COLUMN "stats",
ADD COLUMN     "bounced" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "delivered" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "opened" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "replied" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ApolloSmartList" ADD COLUMN     "lastRowsAdded" INTEGER,
ADD COLUMN     "lastRowsRemoved" INTEGER,
ADD COLUMN     "lastRowsUpdated" INTEGER,
ADD COLUMN     "lastSyncDurationMs" INTEGER,
ADD COLUMN     "listedAt" TIMESTAMP(3),
ADD COLUMN     "memberCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextSyncAt" TIMESTAMP(3),
ADD COLUMN     "syncIntervalMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Log" ADD COLUMN     "source" TEXT,
ADD COLUMN     "workspaceId" TEXT;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "apolloDailySendCap" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "ApolloListSync" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "listId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "runningListId" TEXT,
    "trigger" "ApolloSyncTrigger" NOT NULL,
    "requestedById" TEXT,
    "status" "SyncStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "pass" INTEGER NOT NULL DEFAULT 1,
    "nextPage" INTEGER NOT NULL DEFAULT 1,
    "totalPages" INTEGER,
    "pagesDone" INTEGER NOT NULL DEFAULT 0,
    "passTotal" INTEGER,
    "totalChanged" BOOLEAN NOT NULL DEFAULT false,
    "headIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rowsAdded" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsRemoved" INTEGER NOT NULL DEFAULT 0,
    "requestsMade" INTEGER NOT NULL DEFAULT 0,
    "notSynced" INTEGER,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "leaseToken" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),

    CONSTRAINT "ApolloListSync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApolloListSyncPage" (
    "syncId" TEXT NOT NULL,
    "pass" INTEGER NOT NULL,
    "page" INTEGER NOT NULL,
    "memberIds" TEXT[],
    "total" INTEGER NOT NULL,

    CONSTRAINT "ApolloListSyncPage_pkey" PRIMARY KEY ("syncId","pass","page")
);

-- CreateTable
CREATE TABLE "ApolloContact" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "apolloContactId" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "name" TEXT,
    "title" TEXT,
    "email" TEXT,
    "emailStatus" TEXT,
    "organizationName" TEXT,
    "apolloOrganizationId" TEXT,
    "apolloAccountId" TEXT,
    "linkedinUrl" TEXT,
    "apolloUpdatedAt" TIMESTAMP(3),
    "companyDomain" TEXT,
    "companyId" TEXT,

    CONSTRAINT "ApolloContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApolloAccount" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "apolloAccountId" TEXT NOT NULL,
    "name" TEXT,
    "domain" TEXT,
    "apolloOrganizationId" TEXT,
    "apolloUpdatedAt" TIMESTAMP(3),
    "companyDomain" TEXT,
    "companyId" TEXT,

    CONSTRAINT "ApolloAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApolloContactListing" (
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "listId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,

    CONSTRAINT "ApolloContactListing_pkey" PRIMARY KEY ("listId","contactId")
);

-- CreateTable
CREATE TABLE "ApolloAccountListing" (
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "listId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,

    CONSTRAINT "ApolloAccountListing_pkey" PRIMARY KEY ("listId","accountId")
);

-- CreateTable
CREATE TABLE "ApolloMailbox" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "apolloEmailAccountId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSyncedAt" TIMESTAMP(3),

    CONSTRAINT "ApolloMailbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApolloMailboxDay" (
    "mailboxId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApolloMailboxDay_pkey" PRIMARY KEY ("mailboxId","day")
);

-- CreateTable
CREATE TABLE "ApolloEnrolment" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "mailboxId" TEXT NOT NULL,
    "requestedById" TEXT,
    "status" "ApolloEnrolmentStatus" NOT NULL,
    "reason" TEXT,
    "sendDay" DATE NOT NULL,
    "enrolledAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApolloEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApolloListSync_runningListId_key" ON "ApolloListSync"("runningListId");

-- CreateIndex
CREATE INDEX "ApolloListSync_listId_createdAt_idx" ON "ApolloListSync"("listId", "createdAt");

-- CreateIndex
CREATE INDEX "ApolloListSync_workspaceId_createdAt_idx" ON "ApolloListSync"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ApolloListSync_status_leaseExpiresAt_idx" ON "ApolloListSync"("status", "leaseExpiresAt");

-- CreateIndex
CREATE INDEX "ApolloContact_workspaceId_companyDomain_idx" ON "ApolloContact"("workspaceId", "companyDomain");

-- CreateIndex
CREATE INDEX "ApolloContact_companyId_idx" ON "ApolloContact"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "ApolloContact_workspaceId_apolloContactId_key" ON "ApolloContact"("workspaceId", "apolloContactId");

-- CreateIndex
CREATE INDEX "ApolloAccount_workspaceId_companyDomain_idx" ON "ApolloAccount"("workspaceId", "companyDomain");

-- CreateIndex
CREATE INDEX "ApolloAccount_companyId_idx" ON "ApolloAccount"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "ApolloAccount_workspaceId_apolloAccountId_key" ON "ApolloAccount"("workspaceId", "apolloAccountId");

-- CreateIndex
CREATE INDEX "ApolloContactListing_contactId_idx" ON "ApolloContactListing"("contactId");

-- CreateIndex
CREATE INDEX "ApolloAccountListing_accountId_idx" ON "ApolloAccountListing"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "ApolloMailbox_workspaceId_apolloEmailAccountId_key" ON "ApolloMailbox"("workspaceId", "apolloEmailAccountId");

-- CreateIndex
CREATE INDEX "ApolloEnrolment_status_sendDay_idx" ON "ApolloEnrolment"("status", "sendDay");

-- CreateIndex
CREATE INDEX "ApolloEnrolment_workspaceId_createdAt_idx" ON "ApolloEnrolment"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ApolloEnrolment_mailboxId_idx" ON "ApolloEnrolment"("mailboxId");

-- CreateIndex
CREATE INDEX "ApolloEnrolment_contactId_idx" ON "ApolloEnrolment"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "ApolloEnrolment_sequenceId_contactId_key" ON "ApolloEnrolment"("sequenceId", "contactId");

-- CreateIndex
CREATE INDEX "ApolloSmartList_syncEnabled_nextSyncAt_idx" ON "ApolloSmartList"("syncEnabled", "nextSyncAt");

-- CreateIndex
CREATE INDEX "Log_workspaceId_createdAt_idx" ON "Log"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Log_source_createdAt_idx" ON "Log"("source", "createdAt");

-- AddForeignKey
ALTER TABLE "ApolloListSync" ADD CONSTRAINT "ApolloListSync_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ApolloSmartList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloListSync" ADD CONSTRAINT "ApolloListSync_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloListSyncPage" ADD CONSTRAINT "ApolloListSyncPage_syncId_fkey" FOREIGN KEY ("syncId") REFERENCES "ApolloListSync"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloContact" ADD CONSTRAINT "ApolloContact_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloContact" ADD CONSTRAINT "ApolloContact_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloAccount" ADD CONSTRAINT "ApolloAccount_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloAccount" ADD CONSTRAINT "ApolloAccount_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloContactListing" ADD CONSTRAINT "ApolloContactListing_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ApolloSmartList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloContactListing" ADD CONSTRAINT "ApolloContactListing_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "ApolloContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloAccountListing" ADD CONSTRAINT "ApolloAccountListing_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ApolloSmartList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloAccountListing" ADD CONSTRAINT "ApolloAccountListing_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ApolloAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloMailbox" ADD CONSTRAINT "ApolloMailbox_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloMailboxDay" ADD CONSTRAINT "ApolloMailboxDay_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "ApolloMailbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloEnrolment" ADD CONSTRAINT "ApolloEnrolment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloEnrolment" ADD CONSTRAINT "ApolloEnrolment_sequenceId_fkey" FOREIGN KEY ("sequenceId") REFERENCES "ApolloSequence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloEnrolment" ADD CONSTRAINT "ApolloEnrolment_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "ApolloContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloEnrolment" ADD CONSTRAINT "ApolloEnrolment_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "ApolloMailbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApolloEnrolment" ADD CONSTRAINT "ApolloEnrolment_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


