/**
 * Services: managers, their lifecycle, heartbeats and service records, periodic tasks, signals, and
 * the launchers that the generated {@code nova-<topic>} mains call.
 */
package io.github.flagstaff.runtime.service;
