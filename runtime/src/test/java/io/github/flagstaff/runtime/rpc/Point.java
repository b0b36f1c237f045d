package io.github.flagstaff.runtime.rpc;

import java.util.Optional;

/** A record argument for the RPC tests. */
public record Point(int x, int y, Optional<String> label) {}
