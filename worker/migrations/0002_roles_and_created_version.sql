ALTER TABLE `clips` ADD `created_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `clips_created` ON `clips` (`workspace_id`,`created_version`);--> statement-breakpoint
ALTER TABLE `reports` ADD `created_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_created` ON `reports` (`workspace_id`,`created_version`);--> statement-breakpoint
ALTER TABLE `tokens` ADD `role` text DEFAULT 'member' NOT NULL;--> statement-breakpoint
-- Rows that exist already keep their place: the version they have now is the best "created" order known.
UPDATE `clips` SET `created_version` = `version`;
--> statement-breakpoint
UPDATE `reports` SET `created_version` = `version`;
--> statement-breakpoint
-- Each workspace's founding token (its first) becomes its owner, so no group is left without one.
UPDATE `tokens` SET `role` = 'owner' WHERE `id` IN (
  SELECT `id` FROM `tokens` AS t WHERE NOT EXISTS (
    SELECT 1 FROM `tokens` AS o WHERE o.`workspace_id` = t.`workspace_id`
      AND (o.`created_at` < t.`created_at` OR (o.`created_at` = t.`created_at` AND o.`id` < t.`id`))));
--> statement-breakpoint
-- The insert triggers now also stamp created_version; the update triggers (0001) never touch it.
DROP TRIGGER `clips_version_insert`;
--> statement-breakpoint
CREATE TRIGGER `clips_version_insert` AFTER INSERT ON `clips` BEGIN
  UPDATE `workspaces` SET `version` = `version` + 1 WHERE `id` = NEW.`workspace_id`;
  UPDATE `clips` SET `version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`),
                     `created_version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`)
    WHERE `workspace_id` = NEW.`workspace_id` AND `id` = NEW.`id`;
END;
--> statement-breakpoint
DROP TRIGGER `reports_version_insert`;
--> statement-breakpoint
CREATE TRIGGER `reports_version_insert` AFTER INSERT ON `reports` BEGIN
  UPDATE `workspaces` SET `version` = `version` + 1 WHERE `id` = NEW.`workspace_id`;
  UPDATE `reports` SET `version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`),
                       `created_version` = (SELECT `version` FROM `workspaces` WHERE `id` = NEW.`workspace_id`)
    WHERE `workspace_id` = NEW.`workspace_id` AND `id` = NEW.`id`;
END;
