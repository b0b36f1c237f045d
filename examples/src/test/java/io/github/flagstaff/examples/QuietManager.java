package io.github.flagstaff.examples;

import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;

/** A service that does nothing of its own at start: what a start costs is Flagstaff's alone. */
@ServiceManager(topic = "quiet")
public class QuietManager extends Manager {}
