-- DropIndex
DROP INDEX "ApolloAccount_workspaceId_companyDomain_idx";

-- DropIndex
DROP INDEX "ApolloContact_workspaceId_companyDomain_idx";

-- AlterTable
ALTER TABLE "ApolloListSync" DROP COLUMN "headIds",
DROP COLUMN "nextPage",
DROP COLUMN "passTotal",
DROP COLUMN "totalChanged";

-- AlterTable
ALTER TABLE "ApolloListSyncPage" ADD COLUMN     "updated" INTEGER NOT NULL DEFAULT 0;


