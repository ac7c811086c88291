-- Custom SQL migration file, put your code below! --
-- Sync versions. Every row written to reports or clips (insert, or an update that the push's
-- "is newer" condition let through) takes the workspace's next version, inside the same statement:
-- a version is handed out exactly when a row is written with it, so concurrent pushes can neither
-- share nor skip one. The triggers watch updated_at/data only, so their own version update does not
-- fire them again.
CREATE TRIGGER `clips_version_insert` AFTER INSERT ON `clips` BEGIN
  UPDATE `workspaces` SET `version` = `version` + 1 WHERE `id` = NEW.`workspace_id`;
  UPDATE `clips` SET `version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`)
    WHERE `workspace_id` = NEW.`workspace_id` AND `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `clips_version_update` AFTER UPDATE OF `updated_at`, `data` ON `clips` BEGIN
  UPDATE `workspaces` SET `version` = `version` + 1 WHERE `id` = NEW.`workspace_id`;
  UPDATE `clips` SET `version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`)
    WHERE `workspace_id` = NEW.`workspace_id` AND `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_version_insert` AFTER INSERT ON `reports` BEGIN
  UPDATE `workspaces` SET `version` = `version` + 1 WHERE `id` = NEW.`workspace_id`;
  UPDATE `reports` SET `version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`)
    WHERE `workspace_id` = NEW.`workspace_id` AND `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_version_update` AFTER UPDATE OF `updated_at`, `data` ON `reports` BEGIN
  UPDATE `workspaces` SET `version` = `version` + 1 WHERE `id` = NEW.`workspace_id`;
  UPDATE `reports` SET `version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`)
    WHERE `workspace_id` = NEW.`workspace_id` AND `id` = NEW.`id`;
END;
