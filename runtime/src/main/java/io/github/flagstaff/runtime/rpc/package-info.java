/**
 * RPC between services: typed clients and dispatchers (generated), the JSON wire format, and the
 * transports that carry it ({@code memory://} in one JVM; {@code rabbit://} in the rabbit module).
 */
package io.github.flagstaff.runtime.rpc;
