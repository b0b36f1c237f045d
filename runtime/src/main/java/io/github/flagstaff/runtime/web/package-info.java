/**
 * Web services, Nova's second kind: {@code nova-api} serving REST APIs on the JDK's HTTP server,
 * through routers the processor generates from {@code @WebApi} classes.
 */
package io.github.flagstaff.runtime.web;
