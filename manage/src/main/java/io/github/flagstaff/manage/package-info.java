/**
 * {@code flagstaff-manage}, the operator's tool for the service store, after Nova's {@code
 * nova-manage}: lists services and whether each is up, disables and enables them, and manages the
 * database schema.
 */
package io.github.flagstaff.manage;
