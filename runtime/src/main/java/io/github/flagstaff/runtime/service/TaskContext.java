package io.github.flagstaff.runtime.service;

/**
 * What a periodic task is told when it runs.
 *
 * @param service the service it runs in
 * @param taskName the task's name
 * @param run which run this is, from 1
 */
public record TaskContext(ServiceContext service, String taskName, long run) {}
