package io.github.flagstaff.runtime.service;

/**
 * Runs SIGHUP reloads one at a time on one thread. A request while a reload runs, or several while
 * it runs, makes exactly one more, which starts after the last of them and so reads the newest
 * flagfiles: the last state wins, and a storm of signals costs no threads and no overlapping work.
 */
final class Reloader implements Runnable {
  private final Runnable reload;
  private boolean pending;

  private Reloader(Runnable reload) {
    this.reload = reload;
  }

  /** Starts the reload thread, named {@code name}; it runs {@code reload} on each request. */
  static Reloader start(String name, Runnable reload) {
    Reloader reloader = new Reloader(reload);
    Thread thread = new Thread(reloader, name);
    thread.setDaemon(true);
    thread.start();
    return reloader;
  }

  /** Asks for a reload; returns at once, so a signal handler may call it. */
  synchronized void request() {
    pending = true;
    notifyAll();
  }

  /** The reload thread: waits for requests and runs one reload for each batch of them. */
  @Override
  public void run() {
    while (true) {
      synchronized (this) {
        while (!pending) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        pending = false;
      }
      reload.run();
    }
  }
}
