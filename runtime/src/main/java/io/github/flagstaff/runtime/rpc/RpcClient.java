package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.runtime.Log;
import io.github.flagstaff.syntax.ValueSyntax;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends RPCs: {@link #call} waits for the reply, {@link #cast} does not. Generated clients such as
 * {@code ComputeClient} give each {@code @Rpc} method a typed front to these.
 */
public final class RpcClient {
  private static final Log LOG = Log.of(RpcClient.class);

  /** Checks, before a call to one host is sent, that the host is not known to be down. */
  public interface HostCheck {
    /**
     * Returns if a call to {@code target} may be sent.
     *
     * @throws RpcException naming the host and when it was last seen, if it is down
     */
    void check(Target target);
  }

  private static final HostCheck NO_CHECK =
      new HostCheck() {
        @Override
        public void check(Target target) {}
      };

  private final Transport transport;
  private final Duration defaultTimeout;
  private final HostCheck hostCheck;
  private final VersionCaps caps;
  private final Map<String, CompletableFuture<Messages.Reply>> pending = new ConcurrentHashMap<>();
  private final RecentIds seen = new RecentIds();
  private volatile String replyQueue;

  /**
   * A client on {@code transport} whose calls wait {@code defaultTimeout} unless told otherwise.
   */
  public RpcClient(Transport transport, Duration defaultTimeout) {
    this(transport, defaultTimeout, NO_CHECK);
  }

  /** As {@link #RpcClient(Transport, Duration)}, refusing calls that {@code hostCheck} refuses. */
  public RpcClient(Transport transport, Duration defaultTimeout, HostCheck hostCheck) {
    this(transport, defaultTimeout, hostCheck, VersionCaps.NONE);
  }

  /**
   * As {@link #RpcClient(Transport, Duration, HostCheck)}, refusing to send a message of an API
   * version above its topic's cap in {@code caps}.
   */
  public RpcClient(
      Transport transport, Duration defaultTimeout, HostCheck hostCheck, VersionCaps caps) {
    this.transport = transport;
    this.defaultTimeout = defaultTimeout;
    this.hostCheck = hostCheck;
    this.caps = caps;
  }

  /** A client of {@code transport} with no host check, capped by {@code caps}. */
  public RpcClient(Transport transport, Duration defaultTimeout, VersionCaps caps) {
    this(transport, defaultTimeout, NO_CHECK, caps);
  }

  /**
   * Whether a message of API {@code version} may be sent to {@code topic}: its cap (see {@link
   * VersionCaps}) is not set, or has the same major version and a minor no lower (oslo's {@code
   * can_send_version}).
   *
   * @throws IllegalArgumentException if {@code version} is not a version such as {@code 1.2}
   */
  public boolean canSendVersion(String topic, String version) {
    if (!Versions.valid(version)) {
      throw new IllegalArgumentException(
          "'" + version + "' is not an RPC API version: expected " + ValueSyntax.VERSION_FORM);
    }
    return Versions.canSend(caps.capOf(topic), version);
  }

  /** Throws if {@code method} of {@code version} (null: 1.0) is above its topic's cap. */
  private void checkCap(Target target, String method, String version) {
    String cap = caps.capOf(target.topic());
    String sent = version == null ? "1.0" : version;
    if (!Versions.canSend(cap, sent)) {
      throw new RpcVersionCapException(target.topic(), method, sent, cap);
    }
  }

  /** How long a call waits unless given its own timeout: {@code --rpc_response_timeout}. */
  public Duration defaultTimeout() {
    return defaultTimeout;
  }

  /**
   * Calls {@code method} on {@code target} and waits up to {@code timeout} for its result. The
   * request expires unread after {@code timeout}, so a host that gets to it later does not run work
   * its caller gave up on.
   *
   * @throws RemoteError if the remote method failed or could not be dispatched
   * @throws RpcTimeoutException if no reply came in time
   * @throws TransportException if the request could not be sent, or its reply can no longer arrive
   *     (the connection to the broker dropped while waiting)
   * @throws RpcException if the reply could not be decoded, or {@code target} is one host that the
   *     service store knows to be down
   */
  public <T> T call(
      Target target,
      RequestContext context,
      Duration timeout,
      String method,
      Arguments.Writer arguments,
      JsonCodec<T> result) {
    return call(target, context, timeout, method, null, null, arguments, result);
  }

  /**
   * As {@link #call(Target, RequestContext, Duration, String, Arguments.Writer, JsonCodec)}, asking
   * for API version {@code version} of the method (null: none, which servers take as {@code 1.0})
   * in the API namespace {@code namespace} (null: none); a server that does not serve it answers
   * with a {@link RemoteError} {@code UnsupportedVersion}.
   *
   * @throws RpcVersionCapException if {@code version} is above the topic's cap; nothing was sent
   */
  public <T> T call(
      Target target,
      RequestContext context,
      Duration timeout,
      String method,
      String version,
      String namespace,
      Arguments.Writer arguments,
      JsonCodec<T> result) {
    String what = "call to " + target + "." + method;
    checkCap(target, method, version);
    if (target.host() != null) {
      hostCheck.check(target);
    }
    String msgId = Messages.uniqueId();
    CompletableFuture<Messages.Reply> reply = new CompletableFuture<>();
    pending.put(msgId, reply);
    try {
      transport.send(
          target,
          Messages.request(
              method, msgId, replyQueue(), context, arguments, version, namespace, null),
          timeout);
      Messages.Reply answer = reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (answer.failureType() != null) {
        throw new RemoteError(
            answer.failureType(), answer.failureModule(), answer.failureMessage());
      }
      return Json.read(answer.result(), result);
    } catch (TimeoutException e) {
      throw new RpcTimeoutException(what + " timed out after " + timeout + " with no reply");
    } catch (TransportException e) {
      throw new TransportException(what + " failed: " + e.getMessage(), e);
    } catch (IOException | IllegalArgumentException e) {
      throw new RpcException(what + ": cannot decode the result: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(what + " was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TransportException lost) {
        throw new TransportException(what + " failed: " + lost.getMessage(), lost);
      }
      throw new RpcException(what + " failed", e.getCause());
    } finally {
      pending.remove(msgId);
    }
  }

  /**
   * Sends {@code method} to {@code target} without waiting.
   *
   * @throws TransportException if the message could not be sent
   */
  public void cast(
      Target target, RequestContext context, String method, Arguments.Writer arguments) {
    cast(target, context, method, null, null, arguments);
  }

  /**
   * As {@link #cast(Target, RequestContext, String, Arguments.Writer)}, for API {@code version}
   * (null: none) of a method in the API namespace {@code namespace} (null: none).
   *
   * @throws RpcVersionCapException if {@code version} is above the topic's cap; nothing was sent
   */
  public void cast(
      Target target,
      RequestContext context,
      String method,
      String version,
      String namespace,
      Arguments.Writer arguments) {
    checkCap(target, method, version);
    try {
      transport.send(
          target,
          Messages.request(method, null, null, context, arguments, version, namespace, null),
          null);
    } catch (TransportException e) {
      throw new TransportException(
          "cast to " + target + "." + method + " failed: " + e.getMessage(), e);
    }
  }

  private String replyQueue() {
    String queue = replyQueue;
    if (queue == null) {
      synchronized (this) {
        if (replyQueue == null) {
          replyQueue = transport.replyQueue(new Replies());
        }
        queue = replyQueue;
      }
    }
    return queue;
  }

  /** Completes the pending call each reply answers; fails them all when replies were lost. */
  private final class Replies implements Transport.ReplyHandler {
    @Override
    public void onReply(byte[] message) {
      try {
        Messages.Reply reply = Messages.parseReply(message);
        CompletableFuture<Messages.Reply> waiting = pending.get(reply.msgId());
        if (reply.uniqueId() != null && !seen.add(reply.uniqueId())) {
          LOG.log(Level.DEBUG, "dropping a duplicate reply to {0}", reply.msgId());
        } else if (reply.heartbeat()) {
          LOG.log(Level.TRACE, "{0} is still running (call-monitor heartbeat)", reply.msgId());
        } else if (waiting == null) {
          LOG.log(
              Level.DEBUG, "a reply came for {0}, which no one waits for any more", reply.msgId());
        } else {
          waiting.complete(reply);
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "dropping a malformed reply: {0}", e.getMessage());
      }
    }

    @Override
    public void onLost(String reason) {
      TransportException lost = new TransportException(reason, null);
      for (CompletableFuture<Messages.Reply> waiting : pending.values()) {
        waiting.completeExceptionally(lost);
      }
    }
  }
}
