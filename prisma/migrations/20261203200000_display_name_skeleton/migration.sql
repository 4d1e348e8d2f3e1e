-- AlterTable
ALTER TABLE "User" ADD COLUMN "nameSkeleton" TEXT;

-- Backfill: an approximation (case only); the app stores the real skeleton on the next rename.
UPDATE "User" SET "nameSkeleton" = lower(btrim("name")) WHERE "name" IS NOT NULL;

-- CreateIndex
CREATE INDEX "User_nameSkeleton_idx" ON "User"("nameSkeleton");
