-- AlterTable
ALTER TABLE "Subject" ADD COLUMN "code" TEXT;
ALTER TABLE "Subject" ADD COLUMN "codeName" TEXT;

