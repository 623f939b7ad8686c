/**
 * Unix cron expressions with the semantics of Vixie cron / cronie: crontab(5) syntax, the day-of-month /
 * day-of-week OR rule, and cron(8)'s handling of daylight-saving jumps. Start at {@link io.kumo.schedule.cron.CronExpression}.
 */
package io.kumo.schedule.cron;
