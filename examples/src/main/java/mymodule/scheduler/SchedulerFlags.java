package mymodule.scheduler;

import io.github.flagstaff.Flag;
import java.util.List;

/** The flags of {@link SchedulerManager}. */
public interface SchedulerFlags {

  @Flag(help = "The compute hosts to place instances on, in turn.", defaultValue = "a,b")
  List<String> computeHosts();
}
