-- An on-site interpreter request says where to go (issue 18, item 10).
ALTER TABLE "InterpreterRequest" ADD COLUMN "location" TEXT;
