-- CreateTable
CREATE TABLE "PageViewEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "referrerHost" TEXT,
    "visitorHash" TEXT NOT NULL,

    CONSTRAINT "PageViewEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageViewSalt" (
    "day" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "salt" TEXT NOT NULL,

    CONSTRAINT "PageViewSalt_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "PageViewEvent_day_source_idx" ON "PageViewEvent"("day", "source");

-- CreateIndex
CREATE INDEX "PageViewEvent_createdAt_idx" ON "PageViewEvent"("createdAt");


